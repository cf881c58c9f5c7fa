// Type tests: checked by `tsc` in `npm test`; nothing here runs.
import { QueryClient } from '@tanstack/react-query';
import { expectTypeOf } from 'vitest';
import { createExchangeSession, exchangeCompletionRetry } from '../../src/core';
import {
  exchangeSessionQueryOptions,
  useExchangeSessionLauncher,
  type ExchangeBackend,
  type ExchangeSessionSource,
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
  type ExchangeSessionLauncherState,
  type ExchangeMessages,
  type ExchangeSessionLauncherProps,
  type ExchangeSessionProviderProps,
  type FundingSourceChoice,
} from '../../src';
import type { ExchangeSessionResumeRecord } from '../../src/core';
import type { exchangeSessionFixture } from '../../src/testing/fixtures';

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
  // No backend: the `/server` handler's routes under `/api/exchange-sessions`.
  const options = exchangeSessionQueryOptions('id');
  expectTypeOf(client.getQueryData(options.queryKey)).toEqualTypeOf<ExchangeSession | undefined>();
  expectTypeOf(await client.fetchQuery(options)).toEqualTypeOf<ExchangeSession>();
  expectTypeOf(exchangeSessionQueryOptions('id', { basePath: '/api/x' })).toEqualTypeOf(options);
  // @ts-expect-error a backend is an object of routes, not a URL
  exchangeSessionQueryOptions('id', '/api/exchange-sessions');
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

export function aSourceIsExactlyOneOfFourForms(target: UpdateCredentialsBody) {
  const forms: ExchangeSessionSource[] = [
    { sessionId: 'a' },
    { sessionId: 'a', partner: 'plaid' },
    { create: 'plaid' },
    { reauthenticate: 'exchange-id' },
    { reauthenticate: target, partner: 'mx' },
    { resume: true },
    { resume: true, maxAgeMs: 60_000 },
  ];
  void forms;
  // @ts-expect-error a given session is not created too
  const givenAndCreated: ExchangeSessionSource = { sessionId: 'a', create: 'plaid' };
  // @ts-expect-error a new session is not a re-authentication too
  const createdAndReauth: ExchangeSessionSource = { create: 'plaid', reauthenticate: 'x' };
  // @ts-expect-error a resume takes the saved session, not a given one
  const resumedAndGiven: ExchangeSessionSource = { resume: true, sessionId: 'a' };
  // @ts-expect-error `create` names the partner itself
  const createdWithPartner: ExchangeSessionSource = { create: 'plaid', partner: 'mx' };
  // @ts-expect-error `resume` is `true` or absent
  const notResumed: ExchangeSessionSource = { resume: false };
  // @ts-expect-error not a partner
  const unknownPartner: ExchangeSessionSource = { create: 'finicity' };
  void [givenAndCreated, createdAndReauth, resumedAndGiven, createdWithPartner, notResumed, unknownPartner];
}

export function theLauncherMayHaveNoSourceYet() {
  expectTypeOf(useExchangeSessionLauncher(null).status).toEqualTypeOf<ExchangeSessionLauncherState['status']>();
  useExchangeSessionLauncher(undefined);
  useExchangeSessionLauncher({ create: 'mx' }, { mx: { mode: 'embed' }, complete: true });
  // @ts-expect-error the source is an object, not a bare session id
  useExchangeSessionLauncher('session-id');
  // @ts-expect-error the backend is the provider's, not an option of the hook
  useExchangeSessionLauncher({ sessionId: 'a' }, { backend: {} });
}

declare const plaidBody: ReturnType<typeof exchangeSessionFixture>;

export function endpointFunctionsAreTyped() {
  const accepted: ExchangeBackend[] = [
    { session: async () => plaidBody },
    { session: async () => new Response('{}') },
    { create: async () => plaidBody },
    { create: async () => ({ id: 'abc' }) },
    { create: async () => 'abc' },
    { create: async () => Response.json({ id: 'abc' }, { status: 201 }) },
    { complete: async () => ({ exchangeUrl: 'https://api.dwolla.com/exchanges/e' }) },
    { complete: async () => ({ exchangeUrl: 'https://api.dwolla.com/exchanges/e', fundingSourceUrl: 'https://api.dwolla.com/funding-sources/f' }) },
    { connections: async () => ({ connections: [{ availableConnectionToken: 't', name: 'Checking' }] }) },
    { connections: async () => new Response('{}') },
  ];
  void accepted;
  const untyped = async (): Promise<unknown> => ({});
  // @ts-expect-error a session endpoint answers Dwolla's body or a Response, not unknown
  const unknownSession: ExchangeBackend = { session: untyped };
  // @ts-expect-error a create endpoint answers a body, { id }, an id or a Response, not unknown
  const unknownCreated: ExchangeBackend = { create: untyped };
  // @ts-expect-error a create answer's id is a string
  const numericId: ExchangeBackend = { create: async () => ({ id: 7 }) };
  // @ts-expect-error a completion answers its exchangeUrl
  const noExchangeUrl: ExchangeBackend = { complete: async () => ({ exchange: 'x' }) };
  // @ts-expect-error the accounts come in a connections array
  const noConnections: ExchangeBackend = { connections: async () => ({ items: [] }) };
  // @ts-expect-error an endpoint function is asynchronous
  const synchronous: ExchangeBackend = { session: () => plaidBody };
  void [unknownSession, unknownCreated, numericId, noExchangeUrl, noConnections, synchronous];
}

export async function createResolvesToTheIdAndTheSession() {
  expectTypeOf(await createExchangeSession({ partner: 'plaid' })).toEqualTypeOf<{ sessionId: string; session: ExchangeSession | undefined }>();
  expectTypeOf(createExchangeSession).parameter(1).toEqualTypeOf<ExchangeBackend | undefined>();
}

export function aCatalogueIsCompleteAndTyped() {
  // A catalogue of your own: every text, each function with its arguments.
  const german = {
    ...({} as ExchangeMessages),
    pickerHint: (accounts: number) => `${accounts} Konten verbunden.`,
  } satisfies ExchangeMessages;
  void german;
  // @ts-expect-error a catalogue missing a text does not type-check
  const incomplete: ExchangeMessages = { loading: 'Cargando…' };
  // @ts-expect-error a text given a function's place takes its arguments
  const untypedHint: Partial<ExchangeMessages> = { pickerHint: (accounts: string) => accounts };
  // @ts-expect-error there is no such text
  const unknownText: Partial<ExchangeMessages> = { greeting: 'Hola' };
  void [incomplete, untypedHint, unknownText];
  expectTypeOf<ExchangeSessionLauncherProps['locale']>().toEqualTypeOf<string | undefined>();
  expectTypeOf<ExchangeSessionProviderProps['messages']>().toEqualTypeOf<Partial<ExchangeMessages> | undefined>();
  expectTypeOf<NonNullable<ExchangeSessionLauncherProps['appearance']>['theme']>().toEqualTypeOf<'light' | 'dark' | undefined>();
}

// #23: the account type asked, the refusal handed to an app's own billing step, the resume record.
export function accountTypeAndRefusal(state: ExchangeSessionLauncherState, connection: AvailableExchangeConnection) {
  const choice = state.connectionChoice;
  if (choice) {
    expectTypeOf(choice.needsAccountType(connection)).toEqualTypeOf<boolean>();
    choice.choose(connection);
    choice.choose(connection, 'savings');
    // @ts-expect-error an account is checking or savings, nothing else
    choice.choose(connection, 'gold');
  }
  const props: ExchangeSessionLauncherProps = { source: { create: 'checkout' }, renderBillingDetails: (submit, refusal) => (refusal ? refusal.code : typeof submit) };
  expectTypeOf(props.renderBillingDetails).parameter(1).toEqualTypeOf<ExchangeSessionError | null>();
}

export function fundingSourceChoiceCarriesTheType(choice: FundingSourceChoice) {
  if (choice.partner === 'mx') expectTypeOf(choice.bankAccountType).toEqualTypeOf<'checking' | 'savings'>();
}

export function resumeRecordSaysWhatTheJourneyIs(record: ExchangeSessionResumeRecord) {
  expectTypeOf(record.exchangeId).toEqualTypeOf<string | undefined>();
  // @ts-expect-error nothing read Plaid's link token: it is no longer saved
  void record.linkToken;
}
