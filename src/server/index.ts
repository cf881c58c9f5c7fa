export type { DwollaCredentials } from './access-token';
export type { DwollaClient, DwollaClientOptions, DwollaEnvironment, DwollaRequest, DwollaResponse } from './dwolla-client';
export { createDwollaClient } from './dwolla-client';
export type { DwollaExchangePartner } from './exchange-partners';
export { dwollaPartnerNames, findExchangePartner, listExchangePartners } from './exchange-partners';
export type { ExchangeSessionHandlerOptions } from './exchange-session-handler';
export { createExchangeSessionHandler } from './exchange-session-handler';
export type { CreateExchangeSessionOptions } from './exchange-sessions';
export { createExchangeSession, createReauthExchangeSession, retrieveExchangeSession } from './exchange-sessions';
export type { AvailableExchangeConnection, CardDetails, CreateFundingSourceOptions, ExchangeToken } from './exchanges';
export { createExchange, createFundingSource, listAvailableExchangeConnections } from './exchanges';
export type { NodeRequest } from './node-handler';
export { toNodeHandler } from './node-handler';
export type { CreatedResource } from './resource';
export { dwollaPath } from './resource';

export type { DwollaErrorBody, DwollaErrorDetail } from '../core/dwolla-error-body';
export type { ExchangeSessionErrorCode } from '../core/errors';
export { ExchangeSessionError, isExchangeSessionError } from '../core/errors';
