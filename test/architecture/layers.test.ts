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

describe('no import cycles, type-only ones included', () => {
  /** Every module a file imports (types, values, `import()`), as paths under src/ without extension. */
  function edges(): Map<string, string[]> {
    const graph = new Map<string, string[]>();
    for (const file of sourceFiles(src)) {
      const from = relative(src, file).replace(/\.tsx?$/, '');
      graph.set(from, importsOf(file).filter(isLocal).map((imported) => imported.replace(/\.tsx?$/, '')));
    }
    // An import of a folder is its index.
    for (const [from, to] of graph) graph.set(from, to.map((target) => (graph.has(target) ? target : `${target}/index`)));
    return graph;
  }

  /** The groups of modules that import one another, round and back (Tarjan's strongly connected components). */
  function cycles(graph: Map<string, string[]>): string[][] {
    const index = new Map<string, number>();
    const low = new Map<string, number>();
    const stack: string[] = [];
    const groups: string[][] = [];
    const visit = (node: string) => {
      index.set(node, index.size);
      low.set(node, index.get(node)!);
      stack.push(node);
      for (const next of graph.get(node) ?? []) {
        if (!index.has(next)) {
          visit(next);
          low.set(node, Math.min(low.get(node)!, low.get(next)!));
        } else if (stack.includes(next)) low.set(node, Math.min(low.get(node)!, index.get(next)!));
      }
      if (low.get(node) !== index.get(node)) return;
      const group: string[] = [];
      let member: string | undefined;
      do {
        member = stack.pop()!;
        group.push(member);
      } while (member !== node);
      if (group.length > 1) groups.push(group.sort());
    };
    for (const node of graph.keys()) if (!index.has(node)) visit(node);
    return groups.sort();
  }

  it('finds none: each module depends only on what it needs, never back', () => {
    expect(cycles(edges())).toEqual([]);
  });

  it('would find one (the check itself)', () => {
    expect(cycles(new Map([['a', ['b']], ['b', ['c']], ['c', ['a']], ['d', ['a']]]))).toEqual([['a', 'b', 'c']]);
  });
});
