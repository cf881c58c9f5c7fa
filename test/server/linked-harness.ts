import { createExchange, createFundingSource, type CardDetails, type DwollaClient, type ExchangeToken, type FundingSourceRequest } from '../../src/server';

export const card: CardDetails = { firstName: 'Jane', lastName: 'Doe', billingAddress: { address1: '1 Fake St', city: 'Des Moines', stateProvinceRegion: 'IA', country: 'US', postalCode: '50309' } };

/** Links an account for `customer` at the fake Dwolla, as the journey does: the exchange from `token`, then its funding source when asked. */
export async function linkAccount(dwolla: DwollaClient, customer: string, token: ExchangeToken, fundingSource?: FundingSourceRequest) {
  const exchange = await createExchange(dwolla, customer, token);
  const made = fundingSource && (await createFundingSource(dwolla, customer, { exchangeHref: exchange.href, ...fundingSource }));
  return { exchange, fundingSource: made };
}

let plaidTokens = 0;
/** A Plaid exchange's token for another bank account each time. */
export const plaidToken = (): ExchangeToken => ({ partner: 'plaid', publicToken: `public-sandbox-fake-${String((plaidTokens += 1))}` });
