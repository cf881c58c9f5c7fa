'use client';
import { useEffect, useRef } from 'react';

/** Calls `report` once for each new non-null value, StrictMode's second effect run included. */
export function useReportOnce<T>(value: T | null | undefined, report: (value: T) => void): void {
  const reported = useRef<T | null | undefined>(null);
  useEffect(() => {
    if (value == null || value === reported.current) return;
    reported.current = value;
    report(value);
  });
}
