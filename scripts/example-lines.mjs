// Prints the lines of app code in examples/nextjs that a real app would keep for the whole journey
// (create → flow → account picker → exchange → funding source → linked, for MX, Plaid and a card,
// then the life after linking: Dwolla's webhooks, the linked accounts' page and Reconnect):
// non-blank, non-comment lines of its source files, excluding configuration (package.json,
// tsconfig.json, next.config.*, .npmrc), vendored files (public/) and its fake mode (fake/,
// proxy.ts), which are listed apart. Exits 1 above the limit.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

// 40 for the journey up to linking; the webhook route, the linked accounts' page and the state they
// share added 22 lines (#25).
const limit = 60;
const example = resolve(import.meta.dirname, '../examples/nextjs');
const isFakeMode = (file) => file.startsWith('fake/') || file === 'proxy.ts';

function sourceFiles(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return ['node_modules', '.next', 'public'].includes(entry.name) ? [] : sourceFiles(path);
    return /\.(ts|tsx|js|jsx|mjs|css)$/.test(entry.name) && !/^next\.config\.|^next-env\.d\.ts$/.test(entry.name) ? [relative(example, path)] : [];
  });
}

/** Lines with code on them: blank lines, `//` lines and block comments (JSX's `{/* … *\/}` too) left out. */
function codeLines(text) {
  let inBlock = false;
  return text.split('\n').filter((raw) => {
    let line = raw.trim();
    if (inBlock) {
      const end = line.indexOf('*/');
      if (end === -1) return false;
      inBlock = false;
      line = line.slice(end + 2).replace(/^\}/, '').trim();
    }
    if (/^\{?\/\*/.test(line)) {
      const end = line.indexOf('*/');
      if (end === -1) {
        inBlock = true;
        return false;
      }
      line = line.slice(end + 2).replace(/^\}/, '').trim();
    }
    return line !== '' && !line.startsWith('//');
  }).length;
}

const files = sourceFiles(example).sort().map((file) => ({ file, lines: codeLines(readFileSync(join(example, file), 'utf8')) }));
const app = files.filter(({ file }) => !isFakeMode(file));
const fake = files.filter(({ file }) => isFakeMode(file));
const total = (list) => list.reduce((sum, { lines }) => sum + lines, 0);

for (const { file, lines } of app) console.log(`${String(lines).padStart(4)}  ${file}`);
console.log(`${String(total(app)).padStart(4)}  app lines for the journey (limit ${limit})`);
console.log(`\n      fake mode, not part of an app (the test kit's fakes, used when DWOLLA_KEY is not set):`);
for (const { file, lines } of fake) console.log(`${String(lines).padStart(4)}  ${file}`);
console.log(`${String(total(fake)).padStart(4)}  fake-mode lines`);

if (total(app) > limit) {
  console.error(`\nexamples/nextjs has ${String(total(app))} app lines, over the limit of ${String(limit)}.`);
  process.exit(1);
}
