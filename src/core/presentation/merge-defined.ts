/**
 * `base` with the fields `overrides` defines, one level deep; an `undefined` field keeps the
 * base's value (`{ locale: undefined }` type-checks as a partial setting, and means "not set").
 */
export function mergeDefined<T extends object>(base: T, overrides: Partial<T> | undefined): T;
export function mergeDefined<T extends object>(base: T | undefined, overrides: T | undefined): T | undefined;
export function mergeDefined<T extends object>(base: T | undefined, overrides: Partial<T> | undefined): T | undefined {
  if (!overrides) return base;
  const entries: [string, unknown][] = Object.entries(overrides);
  return { ...base, ...Object.fromEntries(entries.filter(([, value]) => value !== undefined)) } as T;
}
