// examples/nextjs is meant to be copied out of this repository: its package.json must install in a
// folder of its own, from the registry, the version of the library the example is written for.
// (Inside the repository, its `npm run dev:repo` installs the packed library over that range.)
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

interface PackageJson {
  version?: string;
  dependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
}

const read = (path: string) => JSON.parse(readFileSync(resolve(import.meta.dirname, '../..', path), 'utf8')) as PackageJson;
const library = read('package.json');
const example = read('examples/nextjs/package.json');

describe('examples/nextjs/package.json, as a team copies the folder', () => {
  it('names no path of this repository: no file:, link: or relative dependency, no tarball', () => {
    const specs = Object.entries({ ...example.dependencies, ...example.devDependencies });
    expect(specs.filter(([, spec]) => /^(file:|link:|portal:|workspace:|\.{0,2}\/)|\.tgz$/.test(spec))).toEqual([]);
  });

  it('depends on the library at this version’s major.minor, as published (`^major.minor.patch`)', () => {
    const [major, minor] = (library.version ?? '').split('.');
    const range = example.dependencies?.['react-dwolla-exchange'];
    expect(range, `the library is ${String(library.version)}`).toMatch(new RegExp(`^\\^${String(major)}\\.${String(minor)}\\.\\d+$`));
  });
});
