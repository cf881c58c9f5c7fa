// Type tests: checked by `tsc` in `npm test`; nothing here runs.
import { QueryClient } from '@tanstack/react-query';
import { expectTypeOf } from 'vitest';
import {
  exchangeCompletionRetry,
  exchangeSessionQueryOptions,
  useExchangeSession,
  type ExchangeSession,
  type ExchangeSessionError,
  type ExchangeSessionOf,
  type ExchangeSessionSuccess,
  type PlaidExchangeSession,
  useAvailableExchangeConnections,
  useCompleteExchange,
  type AvailableExchangeConnection,
  type CompleteExchangeRequest,
  type ExchangeCompletion,
  type ExchangePartner,
  type ExchangeSessionCreateRequest,
  type ReauthenticationTarget,
  type UpdateCredentialsBody,
} from '../../src';

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

declare const completion: ExchangeCompletion;

export function completionNarrowsOnReauthenticated() {
  if (completion.reauthenticated) {
    expectTypeOf(completion.exchangeId).toEqualTypeOf<string>();
    // @ts-expect-error a re-authentication creates no exchange, so there is no URL to read
    void completion.exchangeUrl;
  } else {
    expectTypeOf(completion.exchangeUrl).toEqualTypeOf<string>();
    expectTypeOf(completion.fundingSourceUrl).toEqualTypeOf<string | undefined>();
  }
}

export function completeRequestsNeedTheirPartnersToken() {
  const complete = useCompleteExchange();
  complete.mutate({ sessionId: 's', partner: 'plaid', publicToken: 'public-sandbox-fake' });
  complete.mutate({ sessionId: 's', partner: 'mx', availableConnectionToken: 't', fundingSource: { name: 'Checking', bankAccountType: 'checking' } });
  // @ts-expect-error Plaid needs its public token, not a payment id
  complete.mutate({ sessionId: 's', partner: 'plaid', paymentId: 'pay_fake' });
  // @ts-expect-error a bank funding source is checking or savings
  complete.mutate({ sessionId: 's', partner: 'checkout', paymentId: 'pay_fake', fundingSource: { name: 'x', bankAccountType: 'loan' } });
  expectTypeOf(useAvailableExchangeConnections('s').data).toEqualTypeOf<AvailableExchangeConnection[] | undefined>();
  const success = {} as ExchangeSessionSuccess;
  if (success.partner !== 'mx') complete.mutate(success);
  // @ts-expect-error an MX result needs the account the user picked
  else complete.mutate(success);
  // A failed funding source is asked for again with the error the mutation ended in.
  if (complete.variables) complete.mutate(exchangeCompletionRetry(complete.variables, complete.error));
  expectTypeOf(exchangeCompletionRetry).returns.toEqualTypeOf<CompleteExchangeRequest>();
}

export function reauthenticateTakesAnIdOrDwollasBody() {
  expectTypeOf<ReauthenticationTarget>().toEqualTypeOf<string | UpdateCredentialsBody>();
  expectTypeOf<ExchangeSessionCreateRequest>().toEqualTypeOf<{ partner: ExchangePartner } | { exchangeId: string }>();
  expectTypeOf<ExchangeSessionSuccess['reauthenticated']>().toEqualTypeOf<true | undefined>();
}
