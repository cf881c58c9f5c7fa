'use client';
import { useState } from 'react';

/**
 * `value`, or the one given before while every field is the same: a context value that does not
 * change when its provider re-renders with the same settings, so the hooks below it do not either.
 */
export function useShallowStable<T extends object>(value: T): T {
  const [stable, setStable] = useState(value);
  const same = Object.keys({ ...stable, ...value }).every((key) => stable[key as keyof T] === value[key as keyof T]);
  // Storing information from the previous render, as React documents it: this render is redone at once.
  if (!same) setStable(value);
  return same ? stable : value;
}
