// The public API of each entry, as API Extractor reads it from the built declarations (dist/, from
// `npm run build`), checked against the reports kept in api/: `node scripts/api-report.mjs` fails
// when one differs and prints the difference; `--update` writes them anew. A report lists every
// declaration an entry exports, with its members (a component's props included), and the types
// they use that the entry does not export (marked ae-forgotten-export), so that a change to any
// of them changes the report.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { CompilerState, Extractor, ExtractorConfig } from '@microsoft/api-extractor';

const root = resolve(import.meta.dirname, '..');
const update = process.argv.includes('--update');

/** Each entry of package.json's `exports` with types: its built declarations and its report's name. */
const entries = [
  { entry: '.', types: 'dist/index.d.ts', report: 'react-dwolla-exchange' },
  { entry: './core', types: 'dist/core/index.d.ts', report: 'core' },
  { entry: './server', types: 'dist/server/index.d.ts', report: 'server' },
  { entry: './testing', types: 'dist/testing/index.d.ts', report: 'testing' },
  { entry: './testing/msw', types: 'dist/testing/msw.d.ts', report: 'testing-msw' },
];

// Every entry of package.json with types is reported here, and nothing else.
const exported = Object.entries(JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).exports)
  .filter(([, target]) => typeof target === 'object' && target.import?.types)
  .map(([entry, target]) => `${entry} ${target.import.types.replace(/^\.\//, '')}`);
const listed = entries.map(({ entry, types }) => `${entry} ${types}`);
if (exported.join('\n') !== listed.join('\n')) {
  console.error(`scripts/api-report.mjs: its entries are not package.json's exports.\n  package.json: ${exported.join(', ')}\n  the script:   ${listed.join(', ')}`);
  process.exit(1);
}

const missing = entries.filter(({ types }) => !existsSync(join(root, types)));
if (missing.length > 0) {
  console.error(`No built declarations: ${missing.map(({ types }) => types).join(', ')}. Run \`npm run build\` first (\`npm run api:update\` builds, then writes the reports).`);
  process.exit(1);
}

// Declarations older than the source they were built from would report yesterday's API.
const newest = (folder) =>
  Math.max(...readdirSync(folder, { withFileTypes: true, recursive: true }).filter((entry) => entry.isFile()).map((entry) => statSync(join(entry.parentPath, entry.name)).mtimeMs));
const built = Math.min(...entries.map(({ types }) => statSync(join(root, types)).mtimeMs));
if (newest(join(root, 'src')) > built) {
  console.error('dist/ is older than src/: run `npm run build` first (`npm run api:update` builds, then writes the reports).');
  process.exit(1);
}

const temp = mkdtempSync(join(tmpdir(), 'api-report-'));

// api-extractor.json, with each entry's declarations and report name in turn.
const base = ExtractorConfig.loadFile(join(root, 'api-extractor.json'));
function configOf({ types, report }) {
  return ExtractorConfig.prepare({
    configObjectFullPath: join(root, 'api-extractor.json'),
    packageJsonFullPath: join(root, 'package.json'),
    configObject: {
      ...base,
      mainEntryPointFilePath: join(root, types),
      apiReport: { ...base.apiReport, reportFileName: report, reportTempFolder: temp },
    },
  });
}

const configs = entries.map((entry) => ({ ...entry, config: configOf(entry) }));
// One TypeScript program for every entry.
const compilerState = CompilerState.create(configs[0].config, { additionalEntryPoints: entries.map(({ types }) => join(root, types)) });

const changed = [];
const problems = [];
try {
  for (const { report, config } of configs) {
    const file = relative(root, join(root, 'api', `${report}.api.md`));
    let diff = '';
    const result = Extractor.invoke(config, {
      localBuild: update,
      compilerState,
      printApiReportDiff: !update,
      messageCallback(message) {
        message.handled = true;
        if (message.messageId === 'console-api-report-diff') diff = message.text.replace(/^Changes to the API report:\n\n/, '').replaceAll(`${temp}/`, 'built: ');
        else if (message.messageId.startsWith('console-api-report') || message.messageId === 'console-compiler-version-notice') return;
        else if (message.logLevel === 'error' || message.logLevel === 'warning') problems.push(`${file}: ${message.formatMessageWithLocation(root)}`);
      },
    });
    if (result.apiReportChanged) changed.push({ file, diff: diff || `(${file} is missing)` });
    if (result.errorCount > 0) problems.push(`${file}: API Extractor reported ${result.errorCount} error(s)`);
  }
} finally {
  rmSync(temp, { recursive: true, force: true });
}

if (problems.length > 0) {
  console.error(`API Extractor:\n${problems.map((problem) => `  ${problem}`).join('\n')}`);
  process.exit(1);
}
if (update) {
  console.log(changed.length > 0 ? `API reports written: ${changed.map(({ file }) => file).join(', ')}.` : `API reports unchanged (${entries.length} entries).`);
} else if (changed.length > 0) {
  for (const { diff } of changed) console.error(diff);
  console.error(
    `The public API differs from its report in ${changed.map(({ file }) => file).join(', ')} (above: - the report, + the build).\n` +
      'If the change is meant: `npm run api:update`, commit the reports, and record the change for the changelog with `npx changeset`.',
  );
  process.exit(1);
} else {
  console.log(`API reports up to date (${entries.length} entries).`);
}
