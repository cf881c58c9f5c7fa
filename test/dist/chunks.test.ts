// Runs against `dist/` after `npm run build` (the `dist` project of `npm test`).
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const dist = join(import.meta.dirname, '../../dist');
const staticImport = /(?:^|;|\n)\s*(?:import|export)\s*(?:[^'"`;]*?\sfrom\s*)?["']([^"']+)["']/g;
const dynamicImport = /import\(\s*["']([^"']+)["']\s*\)/g;

function specifiers(file: string, pattern: RegExp): string[] {
  return [...readFileSync(file, 'utf8').matchAll(pattern)].map((match) => match[1]!);
}

/** Every file `entry` loads before any dynamic import runs, and the bare packages they import. */
function staticGraph(entry: string) {
  const files = new Set<string>();
  const packages = new Set<string>();
  const visit = (file: string) => {
    if (files.has(file)) return;
    files.add(file);
    for (const specifier of specifiers(file, staticImport)) {
      if (specifier.startsWith('.')) visit(join(dirname(file), specifier));
      else packages.add(specifier);
    }
  };
  visit(join(dist, entry));
  return { files: [...files].map((file) => relative(dist, file)), packages: [...packages] };
}

interface Imports {
  static: string[];
  dynamic: string[];
}

/** Every file `entry` can load, through static and dynamic imports alike, with the relative imports of each. */
function fullGraph(entry: string): Map<string, Imports> {
  const graph = new Map<string, Imports>();
  const visit = (file: string) => {
    const name = relative(dist, file);
    if (graph.has(name)) return;
    const local = (pattern: RegExp) => specifiers(file, pattern).filter((specifier) => specifier.startsWith('.')).map((specifier) => join(dirname(file), specifier));
    const imports = { static: local(staticImport), dynamic: local(dynamicImport) };
    graph.set(name, { static: imports.static.map((path) => relative(dist, path)), dynamic: imports.dynamic.map((path) => relative(dist, path)) });
    for (const path of [...imports.static, ...imports.dynamic]) visit(path);
  };
  visit(join(dist, entry));
  return graph;
}

/** The files of `graph` that import `target` in that way. */
function importersOf(graph: Map<string, Imports>, target: string, kind: keyof Imports): string[] {
  return [...graph].filter(([, imports]) => imports[kind].includes(target)).map(([file]) => file).sort();
}

describe('the built package', () => {
  it('has been built', () => {
    expect(existsSync(join(dist, 'index.js'))).toBe(true);
  });

  it('loads no partner flow or SDK with the main entry, only the loaders and the script URLs', () => {
    const { files, packages } = staticGraph('index.js');
    expect(files.filter((file) => file.startsWith('partners/')).sort()).toEqual([
      'partners/checkout/checkout-script.js',
      'partners/load-partner.js',
      'partners/load-script.js',
      'partners/partner-scripts.js',
      'partners/plaid/plaid-script.js',
      'partners/preload-exchange-partner.js',
      'partners/preload-partner.js',
      'partners/preload-script.js',
    ]);
    expect(packages.sort()).toEqual(['@tanstack/react-query', 'react', 'react/jsx-runtime']);
  });

  it('reaches each partner flow only through a dynamic import in load-partner', () => {
    expect(specifiers(join(dist, 'partners/load-partner.js'), dynamicImport).sort()).toEqual([
      './checkout/checkout-flow.js',
      './mx/mx-flow.js',
      './plaid/plaid-flow.js',
    ]);
  });

  it('reaches the journey steps past a given session only through dynamic imports, wherever the launcher loads them', () => {
    const graph = fullGraph('components/ExchangeSessionLauncher.js');
    const steps = ['core/session/create-session.js', 'core/session/resume-store.js', 'core/exchange/complete-exchange.js', 'components/connection-picker.js'];
    // Nothing the launcher can load imports a step statically: each is a chunk of its own.
    expect(Object.fromEntries(steps.map((step) => [step, importersOf(graph, step, 'static')]))).toEqual(Object.fromEntries(steps.map((step) => [step, []])));
    expect(Object.fromEntries(steps.map((step) => [step, importersOf(graph, step, 'dynamic')]))).toEqual({
      'core/session/create-session.js': ['hooks/journey-steps.js'],
      'core/session/resume-store.js': ['hooks/journey-steps.js'],
      'core/exchange/complete-exchange.js': ['hooks/journey-steps.js'],
      'components/connection-picker.js': ['components/launcher-screen.js'],
    });
    // Nor do the partner flows come any other way than through load-partner's dynamic imports.
    const flows = ['partners/mx/mx-flow.js', 'partners/plaid/plaid-flow.js', 'partners/checkout/checkout-flow.js'];
    expect(flows.map((flow) => [importersOf(graph, flow, 'static'), importersOf(graph, flow, 'dynamic')])).toEqual(flows.map(() => [[], ['partners/load-partner.js']]));
  });

  it('keeps the linked accounts out of the launcher and the session hook: neither can load any of it', () => {
    const linked = (entry: string) => [...fullGraph(entry).keys()].filter((file) => /linked/i.test(file));
    expect(linked('components/ExchangeSessionLauncher.js')).toEqual([]);
    expect(linked('hooks/use-exchange-session.js')).toEqual([]);
    // The view itself loads the launcher's shell (for Reconnect), never the other way round.
    expect(staticGraph('components/LinkedAccounts.js').files).toContain('components/ExchangeSessionLauncher.js');
  });

  it('keeps the /core entry free of React, the hooks, the components and the partners', () => {
    const core = staticGraph('core/index.js');
    expect(core.packages.filter((name) => /^react(-dom)?(\/|$)/.test(name))).toEqual([]);
    expect(core.files.filter((file) => /^(hooks|components|partners)\//.test(file))).toEqual([]);
  });

  it('runs the MX path without Plaid or Checkout.com code', () => {
    const { files, packages } = staticGraph('partners/mx/mx-flow.js');
    expect(files.some((file) => /partners\/(plaid|checkout)\//.test(file))).toBe(false);
    expect(packages.filter((name) => /plaid|checkout/.test(name))).toEqual([]);
  });

  it('keeps the server entry free of React and the browser entry free of server code', () => {
    const server = staticGraph('server/index.js');
    expect(server.packages.filter((name) => /react|plaid|checkout/.test(name))).toEqual([]);
    expect(server.files.filter((file) => /^(hooks|components|partners)\//.test(file))).toEqual([]);
    const browser = staticGraph('index.js');
    expect(browser.files.filter((file) => file.startsWith('server/'))).toEqual([]);
    const browserCode = browser.files.map((file) => readFileSync(join(dist, file), 'utf8')).join('\n');
    expect(browserCode).not.toMatch(/\/token\b|client_credentials|Authorization/);
  });

  it('keeps each optional peer inside its own partner’s chunks', () => {
    expect(staticGraph('partners/plaid/plaid-flow.js').packages).toContain('react-plaid-link');
    expect(staticGraph('partners/checkout/checkout-flow.js').packages).toContain('@checkout.com/checkout-web-components');
    expect(staticGraph('partners/plaid/plaid-flow.js').packages).not.toContain('@checkout.com/checkout-web-components');
  });
});
