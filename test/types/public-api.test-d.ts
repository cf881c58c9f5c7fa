// Type tests: checked by `tsc` in `npm test`; nothing here runs.
import { QueryClient } from '@tanstack/react-query';
import { expectTypeOf } from 'vitest';
import {
  exchangeSessionQueryOptions,
  useExchangeSession,
  type ExchangeSession,
  type ExchangeSessionError,
  type ExchangeSessionConfig,
  type ExchangeSessionOf,
  type ExchangeSessionSuccess,
  type PlaidExchangeSession,
} from '../../src';
import { exchangeSessionConfigKeys } from '../../src/hooks/exchange-session-context';

declare const session: ExchangeSession;

export function narrowsOnPartner() {
  switch (session.partner) {
    case 'mx':
      expectTypeOf(session.url).toEqualTypeOf<string>();
      break;
    case 'plaid':
      expectTypeOf(session.linkToken).toEqualTypeOf<string>();
      break;
    case 'checkout':
      expectTypeOf(session.paymentSession.payment_session_token).toEqualTypeOf<string>();
      break;
    default:
      expectTypeOf(session).toBeNever();
  }
  expectTypeOf<ExchangeSessionOf<'plaid'>>().toEqualTypeOf<PlaidExchangeSession>();
}

export function typesTheHookResult() {
  const result = useExchangeSession('id');
  expectTypeOf(result.data).toEqualTypeOf<ExchangeSession | undefined>();
  expectTypeOf(result.error).toEqualTypeOf<ExchangeSessionError | null>();
}

export async function tagsTheQueryKey() {
  const client = new QueryClient();
  const options = exchangeSessionQueryOptions('id', { endpoint: '/api/exchange-sessions' });
  expectTypeOf(client.getQueryData(options.queryKey)).toEqualTypeOf<ExchangeSession | undefined>();
  expectTypeOf(await client.fetchQuery(options)).toEqualTypeOf<ExchangeSession>();
  // @ts-expect-error the endpoint is required
  exchangeSessionQueryOptions('id', {});
}

export function listsEveryConfigKey() {
  expectTypeOf<Exclude<keyof ExchangeSessionConfig, (typeof exchangeSessionConfigKeys)[number]>>().toBeNever();
}

export function typesTheLauncherResults(result: ExchangeSessionSuccess) {
  switch (result.partner) {
    case 'mx':
      expectTypeOf(result.memberGuid).toEqualTypeOf<string>();
      break;
    case 'plaid':
      expectTypeOf(result.publicToken).toEqualTypeOf<string>();
      break;
    case 'checkout':
      expectTypeOf(result.paymentId).toEqualTypeOf<string>();
      break;
    default:
      expectTypeOf(result).toBeNever();
  }
}
