'use client';
import { useEffect, useRef } from 'react';
import { useIsomorphicLayoutEffect } from './use-isomorphic-layout-effect';

/** Calls `report` once for each new non-null value, StrictMode's second effect run included. */
export function useReportOnce<T>(value: T | null | undefined, report: (value: T) => void): void {
  useReportWith(useEffect, value, report);
}

/**
 * {@link useReportOnce} in the commit's layout phase: before the passive effects of the components
 * below, which may report what follows (a flow's `opened` after `sessionLoaded`).
 */
export function useReportOnceBeforeChildren<T>(value: T | null | undefined, report: (value: T) => void): void {
  useReportWith(useIsomorphicLayoutEffect, value, report);
}

function useReportWith<T>(useCommitEffect: typeof useEffect, value: T | null | undefined, report: (value: T) => void): void {
  const reported = useRef<T | null | undefined>(null);
  useCommitEffect(() => {
    if (value == null || value === reported.current) return;
    reported.current = value;
    report(value);
  });
}
