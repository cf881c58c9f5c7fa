'use client';
import { useState } from 'react';

/**
 * `value`, or the one given before while it holds the same: a context value that does not change
 * when its provider re-renders with the same settings (apps pass fresh `backend={{ … }}` objects on
 * every render), so the hooks below it do not either.
 */
export function useShallowStable<T extends object>(value: T): T {
  const [stable, setStable] = useState(value);
  // Three levels: a settings group can hold one more (`appearance.variables`).
  const same = sameFields(stable, value, 3);
  // Storing information from the previous render, as React documents it: this render is redone at once.
  if (!same) setStable(value);
  return same ? stable : value;
}

/** Equal field by field, comparing plain objects (a settings group) `depth` levels down. */
function sameFields(a: object, b: object, depth: number): boolean {
  return Object.keys({ ...a, ...b }).every((key) => {
    const x: unknown = a[key as keyof typeof a];
    const y: unknown = b[key as keyof typeof b];
    return x === y || (depth > 1 && isPlainObject(x) && isPlainObject(y) && sameFields(x, y, depth - 1));
  });
}

function isPlainObject(value: unknown): value is object {
  return typeof value === 'object' && value !== null && Object.getPrototypeOf(value) === Object.prototype;
}
