// `react-dwolla-exchange/core`: the React-free building blocks under the hooks, for your own UI,
// a server component's prefetch, or another framework. Its types are the main entry's.
export type { ExchangeBackend } from './backend';
export { fetchAvailableExchangeConnections } from './available-connections';
export { completeExchange } from './complete-exchange';
export { exchangeCompletionRetry } from './completion-retry';
export type { AvailableExchangeConnectionsQueryKey, AvailableExchangeConnectionsQueryOptions } from './connections-query-options';
export { availableExchangeConnectionsQueryKey, availableExchangeConnectionsQueryOptions } from './connections-query-options';
export { createExchangeSession } from './create-session';
export { readDwollaErrorBody } from './dwolla-error-body';
export type { ExchangeSessionErrorCode, ExchangeSessionErrorInit } from './errors';
export { ExchangeSessionError, isExchangeSessionError } from './errors';
export type { FetchExchangeSessionOptions } from './fetch-session';
export { fetchExchangeSession } from './fetch-session';
export { assertSafeMxUrl, defaultMxHosts } from './mx-url';
export { parseExchangeSession } from './parse-session';
export { exchangeSessionQueryOptions } from './query-options';
export { exchangeSessionQueryKey } from './session-query-key';
export { exchangeIdToReauthenticate } from './reauth-target';
export type { ExchangeSessionResumeOptions, ExchangeSessionResumeRecord } from './resume-store';
export { clearExchangeSessionResume, readExchangeSessionResume, saveExchangeSessionResume } from './resume-store';
export { normalizeExchangeSessionId } from './session-id';
