// The main entry: what most apps use. The React-free building blocks are in `react-dwolla-exchange/core`.
export type { ExchangeAppearance, ExchangeAppearanceVariables } from './core/presentation/appearance';
export type { ExchangeBackend, ExchangeBackendHeaders } from './core/backend/backend';
export type { ExchangeSessionEndpoint } from './core/backend/endpoints';
export type { ExchangeConnectionsEndpoint } from './core/backend/endpoints';
export type { LinkedAccountReconnectedEndpoint, LinkedAccountsEndpoint, LinkedFundingSourceRemoval, RemoveLinkedFundingSourceEndpoint } from './core/backend/endpoints';
export type { CompleteExchangeRequest, ExchangeCompleteAnswer, ExchangeCompleteEndpoint, ExchangeCompletion } from './core/backend/endpoints';
export type { CreatedExchangeSession } from './core/session/create-session';
export type { ExchangeSessionCreateEndpoint, ExchangeSessionCreateRequest } from './core/backend/endpoints';
export type { DwollaErrorBody, DwollaErrorDetail } from './core/backend/dwolla-error-body';
export type { ExchangeSessionErrorCode } from './core/errors';
export { ExchangeSessionError, isExchangeSessionError } from './core/errors';
export type { AvailableExchangeConnection, CardDetails, ExchangeToken, FundingSourceRequest } from './core/exchange/exchange-token';
export type { FundingSourceChoice, FundingSourceOption } from './core/exchange/funding-source';
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
export type { LinkedAccount, LinkedAccountPartner, LinkedAccountState, LinkedFundingSource } from './core/linked/linked-account';
export type { CheckoutConfig, CheckoutEnvironment, MxConfig, MxMode, PartnerConfig, PartnerScriptOptions, PlaidConfig } from './core/partner-config';
export type { ExchangeMessages } from './core/messages/exchange-messages';
export type { ExchangePresentation } from './core/presentation/presentation';
export type { ExchangeSessionQueryOptions } from './core/session/query-options';
export type { ExchangeSessionQueryKey } from './core/session/session-query-key';
export { exchangeSessionQueryOptions } from './core/session/query-options';
export type { ReauthenticationTarget, UpdateCredentialsBody } from './core/session/reauth-target';
export type {
  CheckoutExchangeSession,
  CheckoutPaymentSession,
  ExchangePartner,
  ExchangeSession,
  ExchangeSessionBody,
  ExchangeSessionOf,
  MxExchangeSession,
  PlaidExchangeSession,
} from './core/session/session';

export { preloadExchangePartner } from './partners/preload-exchange-partner';

export type { ExchangeSessionSettings } from './hooks/exchange-session-context';
export { useAvailableExchangeConnections } from './hooks/use-available-exchange-connections';
export { useCompleteExchange } from './hooks/use-complete-exchange';
export type { UseCreateExchangeSessionResult } from './hooks/use-create-exchange-session';
export { useCreateExchangeSession } from './hooks/use-create-exchange-session';
export type { UseExchangeSessionOptions, UseExchangeSessionResult } from './hooks/use-exchange-session';
export { useExchangeSession } from './hooks/use-exchange-session';
export type {
  CompleteOption,
  ExchangeBillingDetailsRequest,
  ExchangeConnectionChoice,
  ExchangeSessionCallbacks,
  ExchangeSessionLauncherState,
  ExchangeSessionLauncherStatus,
  ExchangeSessionSource,
  UseExchangeSessionLauncherOptions,
} from './hooks/use-exchange-session-launcher';
export { useExchangeSessionLauncher } from './hooks/use-exchange-session-launcher';
export { useLinkedAccounts } from './hooks/use-linked-accounts';
export { useRemoveLinkedFundingSource } from './hooks/use-remove-linked-funding-source';

export type { ExchangeConnectionPickerProps } from './components/ExchangeConnectionPicker';
export { ExchangeConnectionPicker } from './components/ExchangeConnectionPicker';
export type { ExchangeSessionLauncherProps, ExchangeSessionSlots } from './components/ExchangeSessionLauncher';
export { ExchangeSessionLauncher } from './components/ExchangeSessionLauncher';
export type { LinkedAccountActions, LinkedAccountRemoval, LinkedAccountsProps } from './components/LinkedAccounts';
export { LinkedAccounts } from './components/LinkedAccounts';
export type { ExchangeSessionProviderProps } from './components/ExchangeSessionProvider';
export { ExchangeSessionProvider } from './components/ExchangeSessionProvider';
