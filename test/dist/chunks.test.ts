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
      'partners/preload-partner.js',
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
