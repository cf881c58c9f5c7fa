import { ExchangeSessionError } from '../core/errors';
import { reportFailure } from './handler-failure';
import type { ExchangeSessionHandlerOptions } from './handler-options';
import { isTrue } from './handler-request';

/** Whether a request may be served, by its `Origin` header: a request without one always may. */
export type OriginCheck = (request: Request) => boolean;

/**
 * The check of `allowedOrigins`: a list of origins, or the app's function, whose throw is
 * reported to `onError` and denies.
 *
 * @throws {@link ExchangeSessionError} `configuration` for a list entry that is not an origin.
 */
export function originCheck({ allowedOrigins, onError }: Pick<ExchangeSessionHandlerOptions, 'allowedOrigins' | 'onError'>): OriginCheck {
  if (!allowedOrigins) return () => true;
  const allows = typeof allowedOrigins === 'function' ? allowedOrigins : listed(allowedOrigins);
  return (request) => {
    const origin = request.headers.get('origin');
    if (origin === null) return true;
    try {
      return isTrue(allows(origin, request));
    } catch (error) {
      reportFailure(onError, error, request);
      return false;
    }
  };
}

function listed(allowedOrigins: readonly string[]): (origin: string) => boolean {
  const allowed = new Set(
    allowedOrigins.map((origin) => {
      const url = URL.canParse(origin) ? new URL(origin) : undefined;
      if (url?.origin === 'null' || url?.origin !== origin.replace(/\/$/, '')) {
        throw new ExchangeSessionError('configuration', `createExchangeSessionHandler: allowedOrigins takes origins such as https://app.example, not "${origin}".`);
      }
      return url.origin;
    }),
  );
  return (origin) => allowed.has(origin);
}
