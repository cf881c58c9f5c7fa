// Gives examples/nextjs this repository's library, as npm would give it the published package:
// built, packed (`npm pack`), and installed from that tarball without saving it, so that the
// example's package.json keeps the published range that a copy of the folder installs. Its
// `npm run dev:repo` runs this, then `next dev`; run it again after a change to the library.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const example = join(root, 'examples/nextjs');
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const run = (args, cwd) => execFileSync(npm, args, { cwd, stdio: 'inherit', shell: process.platform === 'win32' });

run(['run', 'build'], root);
const packs = mkdtempSync(join(tmpdir(), 'react-dwolla-exchange-'));
try {
  const [{ filename }] = JSON.parse(execFileSync(npm, ['pack', '--json', '--pack-destination', packs], { cwd: root, encoding: 'utf8', shell: process.platform === 'win32' }));
  // The tarball in place of the range, for this install only: package.json stays as a copy needs it.
  run(['install', '--no-save', '--no-audit', '--no-fund', join(packs, filename)], example);
  console.log(`examples/nextjs: react-dwolla-exchange from this repository (${filename}).`);
} finally {
  rmSync(packs, { recursive: true, force: true });
}
