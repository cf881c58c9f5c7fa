export type { ExchangeSessionBackendConfig, ExchangeSessionEndpoint, ExchangeSessionHeaders } from './core/backend-config';
export type { ExchangeConnectionsConfig, ExchangeConnectionsEndpoint } from './core/available-connections';
export { fetchAvailableExchangeConnections } from './core/available-connections';
export type { CompleteExchangeConfig, CompleteExchangeRequest, ExchangeCompleteEndpoint, ExchangeCompletion } from './core/complete-exchange';
export { exchangeCompletionRetry, requestExchangeCompletion } from './core/complete-exchange';
export type { AvailableExchangeConnectionsQueryKey, AvailableExchangeConnectionsQueryOptions } from './core/connections-query-options';
export { availableExchangeConnectionsQueryKey, availableExchangeConnectionsQueryOptions } from './core/connections-query-options';
export type { CreateExchangeSessionConfig, ExchangeSessionCreateEndpoint, ExchangeSessionCreateRequest } from './core/create-session';
export { requestExchangeSession } from './core/create-session';
export type { DwollaErrorBody, DwollaErrorDetail } from './core/dwolla-error-body';
export { readDwollaErrorBody } from './core/dwolla-error-body';
export type { AvailableExchangeConnection, CardDetails, ExchangeToken, FundingSourceRequest } from './core/exchange-token';
export type { ExchangeSessionErrorCode, ExchangeSessionErrorInit } from './core/errors';
export { ExchangeSessionError, isExchangeSessionError } from './core/errors';
export type { FetchExchangeSessionOptions } from './core/fetch-session';
export { fetchExchangeSession } from './core/fetch-session';
export type {
  CheckoutPayment,
  ExchangeSessionEvent,
  ExchangeSessionExit,
  ExchangeSessionSuccess,
  PlaidAccount,
  PlaidExitError,
  PlaidExitMetadata,
  PlaidInstitution,
  PlaidSuccessMetadata,
} from './core/launch-result';
export { assertSafeMxUrl, defaultMxHosts } from './core/mx-url';
export { parseExchangeSession } from './core/parse-session';
export type { CheckoutConfig, CheckoutEnvironment, MxConfig, MxMode, PartnerConfig, PlaidConfig } from './core/partner-config';
export type { ReauthenticationTarget, UpdateCredentialsBody } from './core/reauth-target';
export { exchangeIdToReauthenticate } from './core/reauth-target';
export type { ExchangeSessionQueryKey, ExchangeSessionQueryOptions } from './core/query-options';
export { exchangeSessionQueryKey, exchangeSessionQueryOptions } from './core/query-options';
export type {
  CheckoutExchangeSession,
  CheckoutPaymentSession,
  ExchangePartner,
  ExchangeSession,
  ExchangeSessionOf,
  MxExchangeSession,
  PlaidExchangeSession,
} from './core/session';
export type { ExchangeSessionResumeOptions, ExchangeSessionResumeRecord } from './core/resume-store';
export { clearExchangeSessionResume, readExchangeSessionResume, saveExchangeSessionResume } from './core/resume-store';
export { normalizeExchangeSessionId } from './core/session-id';

export type { PartnerScriptOptions } from './partners/partner-scripts';
export { preloadExchangePartner } from './partners/preload-partner';

export type { ExchangeSessionCallbacks, ExchangeSessionConfig, ExchangeSessionSlots } from './hooks/exchange-session-context';
export type { UseAvailableExchangeConnectionsOptions } from './hooks/use-available-exchange-connections';
export { useAvailableExchangeConnections } from './hooks/use-available-exchange-connections';
export type { UseCompleteExchangeOptions } from './hooks/use-complete-exchange';
export { useCompleteExchange } from './hooks/use-complete-exchange';
export type { CreatedExchangeSession, UseCreatedExchangeSessionOptions } from './hooks/use-created-exchange-session';
export { useCreatedExchangeSession } from './hooks/use-created-exchange-session';
export type { ExchangeSessionResume } from './hooks/use-exchange-session-resume';
export { useExchangeSessionResume } from './hooks/use-exchange-session-resume';
export type { UseExchangeSessionOptions, UseExchangeSessionResult } from './hooks/use-exchange-session';
export { useExchangeSession } from './hooks/use-exchange-session';
export type {
  CompleteOption,
  ExchangeConnectionChoice,
  ExchangeSessionLauncherState,
  ExchangeSessionLauncherStatus,
  UseExchangeSessionLauncherOptions,
} from './hooks/use-exchange-session-launcher';
export { useExchangeSessionLauncher } from './hooks/use-exchange-session-launcher';

export type { ExchangeConnectionPickerProps } from './components/ExchangeConnectionPicker';
export { ExchangeConnectionPicker } from './components/ExchangeConnectionPicker';
export type { ExchangeSessionLauncherProps } from './components/ExchangeSessionLauncher';
export { ExchangeSessionLauncher } from './components/ExchangeSessionLauncher';
export type { ExchangeSessionProviderProps } from './components/ExchangeSessionProvider';
export { ExchangeSessionProvider } from './components/ExchangeSessionProvider';
