// @vitest-environment node
// scripts/check-changeset.mjs in throwaway git repositories, with real git commands: a change to an
// API report since the last release (the last commit that changed package.json's version) needs a
// pending changeset.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';

const script = resolve(import.meta.dirname, '../../scripts/check-changeset.mjs');
const folders: string[] = [];

afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

function folder() {
  const path = mkdtempSync(join(tmpdir(), 'check-changeset-'));
  folders.push(path);
  return path;
}

/** A package in a git repository of its own, with the commands of its history. */
function repository(dir = folder()) {
  const git = (...args: string[]) =>
    execFileSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.com', '-c', 'commit.gpgsign=false', ...args], { cwd: dir, encoding: 'utf8', stdio: 'pipe' });
  git('init', '--quiet', '--initial-branch=main');
  const write = (path: string, text: string) => {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  };
  const remove = (path: string) => rmSync(join(dir, path));
  const packageJson = (version: string, versionScript = 'changeset version') =>
    write('package.json', `${JSON.stringify({ name: 'pkg', version, scripts: { version: versionScript } }, null, 2)}\n`);
  const commit = (message: string) => {
    git('add', '--all');
    git('commit', '--quiet', '--allow-empty', '-m', message);
  };
  const check = () => {
    const run = spawnSync(process.execPath, [script], { cwd: dir, encoding: 'utf8' });
    return { status: run.status, output: run.stdout + run.stderr };
  };
  return { dir, git, write, remove, packageJson, commit, check };
}

/** A repository whose last commit is the release 0.3.0, with its API report. */
function released() {
  const repo = repository();
  repo.packageJson('0.2.0');
  repo.write('api/pkg.api.md', 'export function a(): void;\n');
  repo.write('.changeset/README.md', '# Changesets\n');
  repo.commit('0.2.0');
  repo.write('api/pkg.api.md', 'export function a(): void;\nexport function b(): void;\n');
  repo.write('.changeset/add-b.md', "---\n'pkg': minor\n---\n\nb\n");
  repo.commit('b');
  repo.packageJson('0.3.0');
  repo.remove('.changeset/add-b.md');
  repo.commit('Release 0.3.0');
  return repo;
}

describe('scripts/check-changeset.mjs', () => {
  it('passes when no report changed since the release, whatever else did', () => {
    const repo = released();
    repo.write('src/index.ts', 'export function a() {}\n');
    repo.commit('a fix that changes no API');
    expect(repo.check()).toEqual({ status: 0, output: expect.stringContaining("the public API is release 0.3.0") });
  });

  it('fails when a report changed without a changeset, committed or not, and says what to do', () => {
    const repo = released();
    repo.write('api/pkg.api.md', 'export function a(): void;\n');
    const uncommitted = repo.check();
    expect(uncommitted.status).toBe(1);
    expect(uncommitted.output).toContain('the public API changed since release 0.3.0');
    expect(uncommitted.output).toContain('api/pkg.api.md');
    expect(uncommitted.output).toContain('npx changeset');
    repo.commit('b removed');
    expect(repo.check().status).toBe(1);
  });

  it('fails for a report added or removed since the release (an entry of the package)', () => {
    const repo = released();
    repo.write('api/extra.api.md', 'export function c(): void;\n');
    expect(repo.check()).toEqual({ status: 1, output: expect.stringContaining('api/extra.api.md') });
    repo.remove('api/extra.api.md');
    repo.remove('api/pkg.api.md');
    expect(repo.check()).toEqual({ status: 1, output: expect.stringContaining('api/pkg.api.md') });
  });

  it('passes when the change comes with a pending changeset', () => {
    const repo = released();
    repo.write('api/pkg.api.md', 'export function a(): void;\n');
    repo.write('.changeset/remove-b.md', "---\n'pkg': minor\n---\n\nb is gone\n");
    expect(repo.check()).toEqual({ status: 0, output: expect.stringContaining('1 changeset(s) are pending (remove-b.md)') });
  });

  it('passes after the version bump that released the change: that commit is the new baseline', () => {
    const repo = released();
    repo.write('api/pkg.api.md', 'export function a(): void;\n');
    repo.write('.changeset/remove-b.md', "---\n'pkg': minor\n---\n\nb is gone\n");
    repo.commit('b removed');
    repo.packageJson('0.4.0');
    repo.remove('.changeset/remove-b.md');
    repo.commit('Release 0.4.0');
    expect(repo.check()).toEqual({ status: 0, output: expect.stringContaining('the public API is release 0.4.0') });
  });

  it('takes a change of the `version` script for no release', () => {
    const repo = released();
    repo.write('api/pkg.api.md', 'export function a(): void;\n');
    repo.packageJson('0.3.0', 'changeset version && npm install --package-lock-only');
    repo.commit('b removed, and the version script changed');
    expect(repo.check()).toEqual({ status: 1, output: expect.stringContaining('since release 0.3.0') });
  });

  it('passes when the release had no reports yet', () => {
    const repo = repository();
    repo.packageJson('0.3.0');
    repo.commit('Release 0.3.0');
    repo.write('api/pkg.api.md', 'export function a(): void;\n');
    repo.commit('API reports');
    expect(repo.check()).toEqual({ status: 0, output: expect.stringContaining('has no API reports') });
  });

  it('passes with a note outside a git repository, and in a history too shallow to hold the release', () => {
    const plain = folder();
    writeFileSync(join(plain, 'package.json'), '{ "version": "0.3.0" }\n');
    const outside = spawnSync(process.execPath, [script], { cwd: plain, encoding: 'utf8' });
    expect(outside.status).toBe(0);
    expect(outside.stdout).toContain('not in a git repository');

    const repo = released();
    repo.write('api/pkg.api.md', 'export function a(): void;\n');
    repo.commit('b removed');
    const clone = folder();
    execFileSync('git', ['clone', '--quiet', '--depth', '1', `file://${repo.dir}`, clone], { stdio: 'pipe' });
    const shallow = spawnSync(process.execPath, [script], { cwd: clone, encoding: 'utf8' });
    expect(shallow.status).toBe(0);
    expect(shallow.stdout).toContain('the history is shallow');
  });
});
