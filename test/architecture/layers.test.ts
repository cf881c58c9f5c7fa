// The layering of architecture.md, read from the imports: core → ui → partners → hooks → components,
// with /server and /testing beside them. A file that reaches up a layer fails here.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const src = resolve(import.meta.dirname, '../../src');

function sourceFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

/** Every module a file imports, statically or with `import()`: a path under src/, or a package name. */
function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const specifiers = [...text.matchAll(/(?:from\s+|import\s*\(\s*)'([^']+)'/g)].map((match) => match[1]!);
  return specifiers.map((specifier) => (specifier.startsWith('.') ? relative(src, resolve(dirname(file), specifier)) : specifier));
}

/** The imports of each file under `folder` (relative to src/) that `allowed` refuses, as `file → import`. */
function violations(folder: string, allowed: (imported: string, file: string) => boolean): string[] {
  return sourceFiles(join(src, folder)).flatMap((file) => {
    const from = relative(src, file);
    return importsOf(file)
      .filter((imported) => !allowed(imported, from))
      .map((imported) => `${from} → ${imported}`);
  });
}

const isLocal = (imported: string) => /^(core|ui|hooks|components|partners|server|testing)(\/|$)/.test(imported);
const under = (...layers: string[]) => (imported: string) => layers.some((layer) => imported === layer || imported.startsWith(`${layer}/`));

describe('the layers, read from the imports', () => {
  it('core imports no React and nothing above it', () => {
    expect(violations('core', (imported) => (isLocal(imported) ? under('core')(imported) : !imported.startsWith('react')))).toEqual([]);
  });

  it('ui (markup without state, shared by the flows and the components) imports core only', () => {
    expect(violations('ui', (imported) => !isLocal(imported) || under('core', 'ui')(imported))).toEqual([]);
  });

  it('a partner imports core, ui, the partners’ shared contract and its own folder only', () => {
    expect(
      violations('partners', (imported, file) => {
        if (!isLocal(imported)) return true;
        const [, partner] = file.split('/');
        const ownFolder = file.split('/').length > 2 ? `partners/${partner}` : 'partners';
        return under('core', 'ui')(imported) || under(ownFolder)(imported) || /^partners\/[^/]+$/.test(imported);
      }),
    ).toEqual([]);
  });

  it('hooks never import components', () => {
    expect(violations('hooks', (imported) => !under('components', 'server', 'testing')(imported))).toEqual([]);
  });

  it('/server imports no React, hooks, components or partners', () => {
    expect(violations('server', (imported) => !under('hooks', 'components', 'partners', 'testing')(imported) && !imported.startsWith('react'))).toEqual([]);
  });

  it('nothing outside /testing imports /testing', () => {
    const outside = ['core', 'ui', 'partners', 'hooks', 'components', 'server'];
    expect(outside.flatMap((folder) => violations(folder, (imported) => !under('testing')(imported)))).toEqual([]);
  });
});
