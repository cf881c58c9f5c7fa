// `react-dwolla-exchange/core`: the React-free building blocks under the hooks, for your own UI,
// a server component's prefetch, or another framework. Its types are the main entry's.
export type { ExchangeBackend } from './backend/backend';
export { fetchAvailableExchangeConnections } from './exchange/available-connections';
export { completeExchange } from './exchange/complete-exchange';
export { exchangeCompletionRetry } from './exchange/completion-retry';
export type { AvailableExchangeConnectionsQueryKey, AvailableExchangeConnectionsQueryOptions } from './exchange/connections-query-options';
export { availableExchangeConnectionsQueryKey, availableExchangeConnectionsQueryOptions } from './exchange/connections-query-options';
export { fetchLinkedAccounts } from './linked/fetch-linked-accounts';
export type { LinkedAccountsQueryKey, LinkedAccountsQueryOptions } from './linked/linked-accounts-query-options';
export { linkedAccountsQueryKey, linkedAccountsQueryOptions } from './linked/linked-accounts-query-options';
export { removeLinkedFundingSource } from './linked/remove-linked-funding-source';
export { reportLinkedAccountReconnected } from './linked/report-reconnected';
export { createExchangeSession } from './session/create-session';
export { readDwollaErrorBody } from './backend/dwolla-error-body';
export type { ExchangeSessionErrorCode, ExchangeSessionErrorInit } from './errors';
export { ExchangeSessionError, isExchangeSessionError } from './errors';
export type { FetchExchangeSessionOptions } from './session/fetch-session';
export { fetchExchangeSession } from './session/fetch-session';
export { assertSafeMxUrl, defaultMxHosts } from './session/mx-url';
export { parseExchangeSession } from './session/parse-session';
export { exchangeSessionQueryOptions } from './session/query-options';
export { exchangeSessionQueryKey } from './session/session-query-key';
export { exchangeIdToReauthenticate } from './session/reauth-target';
export type { ExchangeSessionResumeOptions, ExchangeSessionResumeRecord } from './session/resume-store';
export { clearExchangeSessionResume, readExchangeSessionResume, saveExchangeSessionResume } from './session/resume-store';
export { normalizeExchangeSessionId } from './session/session-id';
