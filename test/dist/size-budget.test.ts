// Runs against `dist/` after `npm run build`: the bundle budgets of scripts/bundle-sizes.mjs.
import { describe, expect, it } from 'vitest';
import { budgets, measureBundleSizes } from '../../scripts/bundle-sizes.mjs';

describe('bundle budgets (min+gzip)', async () => {
  const sizes = await measureBundleSizes();

  it.each(Object.entries(budgets))('%s stays within %i bytes', (name, budget) => {
    const row = sizes.find((candidate) => candidate.name === name);
    expect(row?.gzip).toBeGreaterThan(0);
    expect(row!.gzip).toBeLessThanOrEqual(budget);
  });
});
