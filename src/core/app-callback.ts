/**
 * Calls one of the app's callbacks. One that throws is reported as an uncaught error would be
 * (`reportError`, else the console), and the caller goes on: an app's bug in `onSuccess` must not
 * stop the exchange from being created.
 */
export function callApp<T>(callback: ((value: T) => void) | undefined, value: T): void {
  try {
    callback?.(value);
  } catch (error) {
    reportAppError(error);
  }
}

function reportAppError(error: unknown): void {
  const report = (globalThis as { reportError?: (error: unknown) => void }).reportError;
  if (report) report(error);
  else console.error(error);
}
