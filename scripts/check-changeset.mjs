// A public API change comes with a changeset: when a report in api/ (`npm run api`) differs from
// the one of the last release, at least one changeset (.changeset/*.md, README.md aside) must be
// pending, so that the next version and CHANGELOG.md say what changed. The last release is the
// last commit that changed package.json's `version`. Run from the package's folder (npm test
// does, after `npm run api`); outside a git repository, or in a history too shallow to hold the
// release, it says so and passes.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const cwd = process.cwd();
const reports = 'api';

/** Runs git in the package's folder: its output, or `undefined` when it fails. */
function git(...args) {
  try {
    return execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], maxBuffer: 64 * 1024 * 1024 });
  } catch {
    return undefined;
  }
}

/** package.json's `version` at a commit (`undefined` when the file or the field is not there). */
function versionAt(commit) {
  const text = git('show', `${commit}:./package.json`);
  if (text === undefined) return undefined;
  try {
    return JSON.parse(text).version;
  } catch {
    return undefined;
  }
}

function pass(note) {
  console.log(`changeset check: ${note}`);
  process.exit(0);
}

if (git('rev-parse', '--is-inside-work-tree')?.trim() !== 'true') pass('not in a git repository; nothing to compare.');
const shallow = git('rev-parse', '--is-shallow-repository')?.trim() === 'true';

// The commits whose diff of package.json has a line with "version" (the scripts' `version` too),
// newest first; the release is the first whose `version` differs from its parent's.
let release;
for (const commit of (git('log', '--format=%H', '-G"version"', '--', 'package.json') ?? '').split('\n').filter(Boolean)) {
  const hasParent = git('rev-parse', '--verify', '--quiet', `${commit}^`) !== undefined;
  if (!hasParent && shallow) break; // the history is cut here: its parent may have had another version
  const version = versionAt(commit);
  if (version !== undefined && version !== (hasParent ? versionAt(`${commit}^`) : undefined)) {
    release = { commit, version };
    break;
  }
}
if (!release) pass(shallow ? 'the history is shallow and holds no release (a change of `version` in package.json); not checked.' : 'no release yet (no commit changed `version` in package.json); nothing to compare.');

const short = `${release.version} (${release.commit.slice(0, 7)})`;
const reportsAt = (git('ls-tree', '--name-only', `${release.commit}:./${reports}`) ?? '').split('\n').filter((name) => name.endsWith('.api.md'));
if (reportsAt.length === 0) pass(`release ${short} has no API reports in ${reports}/; nothing to compare.`);

const reportsNow = existsSync(join(cwd, reports)) ? readdirSync(join(cwd, reports)).filter((name) => name.endsWith('.api.md')) : [];
const changed = [...new Set([...reportsAt, ...reportsNow])].sort().filter((name) => {
  const then = reportsAt.includes(name) ? git('show', `${release.commit}:./${reports}/${name}`) : undefined;
  const now = reportsNow.includes(name) ? readFileSync(join(cwd, reports, name), 'utf8') : undefined;
  return then !== now;
});
if (changed.length === 0) pass(`the public API is release ${short}'s.`);

const changesets = existsSync(join(cwd, '.changeset')) ? readdirSync(join(cwd, '.changeset')).filter((name) => name.endsWith('.md') && name !== 'README.md') : [];
const list = changed.map((name) => `  ${reports}/${name}`).join('\n');
if (changesets.length > 0) pass(`the public API changed since release ${short}, and ${changesets.length} changeset(s) are pending (${changesets.join(', ')}).`);

console.error(
  `changeset check: the public API changed since release ${short}:\n${list}\n` +
    'and no changeset is pending (.changeset/*.md). Record the change for the next version and its changelog:\n' +
    '  npx changeset\n' +
    '(minor for a change that can break an app, before 1.0; patch otherwise), and commit the file it writes with the change.',
);
process.exit(1);
