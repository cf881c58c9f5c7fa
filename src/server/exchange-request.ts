import type { DwollaErrorDetail } from '../core/backend/dwolla-error-body';
import type { CardDetails, ExchangeToken, FundingSourceRequest } from '../core/exchange/exchange-token';
import { isJsonObject, ownField, type JsonObject } from '../core/backend/json';
import type { ExchangePartner } from '../core/session/session';
import { invalid, onlyFields, partnerField, required, text, twoLetterCode, type BodyReading } from './body-rules';

/**
 * A valid body of `POST {basePath}/{id}/exchange`: the partner's token and the funding source to
 * create, or, to try a failed funding source again, the exchange created before (its token is spent).
 */
export type CompleteExchangeBody =
  | { token: ExchangeToken; fundingSource?: FundingSourceRequest }
  | { exchangeUrl: string; fundingSource: FundingSourceRequest };

const tokenFields = { plaid: 'publicToken', mx: 'availableConnectionToken', checkout: 'paymentId' } as const satisfies Record<ExchangePartner, string>;
const addressFields = ['address1', 'city', 'stateProvinceRegion', 'country', 'postalCode'] as const;
// Dwolla's limits (its API description's CreateCustomer…FundingSource schemas), checked before the
// exchange is created: once it exists, the partner's token is spent.
const maxNameLength = 50;
const maxAddress1Length = 50;
const maxAddress2Length = 100;
const maxCityLength = 50;

/**
 * Reads the body of `POST {basePath}/{id}/exchange` strictly: `partner` with its token field
 * (`publicToken`, `availableConnectionToken` or `paymentId`) and an optional `fundingSource`, a bank
 * account for Plaid and MX or a card for Checkout.com, with no other fields; or `partner`,
 * `exchangeUrl` and a required `fundingSource`. Answers every problem found, in Dwolla's
 * `_embedded.errors` shape, when it is not valid.
 */
export function readCompleteExchangeBody(body: unknown): BodyReading<CompleteExchangeBody> {
  if (!isJsonObject(body)) return { problems: [invalid('', 'The body must be a JSON object.')] };
  const problems: DwollaErrorDetail[] = [];
  const partner = partnerField(body, problems);
  if (!partner) return { problems };
  if (ownField(body, 'exchangeUrl') !== undefined) return readFundingSourceRetry(body, partner, problems);
  const tokenField = tokenFields[partner];
  onlyFields(body, ['partner', tokenField, 'fundingSource'], '', `a ${partner} exchange takes partner, ${tokenField} and fundingSource`, problems);
  const token = text(body, tokenField, '', problems);
  const fundingSource = ownField(body, 'fundingSource') === undefined ? undefined : readFundingSource(body, partner, problems);
  if (problems.length > 0 || token === undefined) return { problems };
  return { value: { token: exchangeToken(partner, token), ...(fundingSource && { fundingSource }) } };
}

function readFundingSourceRetry(body: JsonObject, partner: ExchangePartner, problems: DwollaErrorDetail[]): ReturnType<typeof readCompleteExchangeBody> {
  onlyFields(body, ['partner', 'exchangeUrl', 'fundingSource'], '', 'a funding source for an existing exchange takes partner, exchangeUrl and fundingSource', problems);
  const exchangeUrl = text(body, 'exchangeUrl', '', problems);
  const given = ownField(body, 'fundingSource') !== undefined;
  if (!given) problems.push(required('', 'fundingSource'));
  const fundingSource = given ? readFundingSource(body, partner, problems) : undefined;
  if (problems.length > 0 || exchangeUrl === undefined || !fundingSource) return { problems };
  return { value: { exchangeUrl, fundingSource } };
}

function exchangeToken(partner: ExchangePartner, token: string): ExchangeToken {
  switch (partner) {
    case 'plaid':
      return { partner, publicToken: token };
    case 'mx':
      return { partner, availableConnectionToken: token };
    case 'checkout':
      return { partner, paymentId: token };
    default:
      return partner satisfies never;
  }
}

function readFundingSource(body: JsonObject, partner: ExchangePartner, problems: DwollaErrorDetail[]): FundingSourceRequest | undefined {
  const path = '/fundingSource';
  const value = ownField(body, 'fundingSource');
  if (!isJsonObject(value)) {
    problems.push(invalid(path, 'fundingSource must be an object.'));
    return undefined;
  }
  const kind = partner === 'checkout' ? 'cardDetails' : 'bankAccountType';
  const why = partner === 'checkout' ? 'a Checkout.com exchange makes a card: name and cardDetails' : `a ${partner} exchange makes a bank account: name and bankAccountType`;
  onlyFields(value, ['name', kind], path, why, problems);
  const name = text(value, 'name', path, problems, maxNameLength);
  if (kind === 'cardDetails') {
    const cardDetails = readCardDetails(value, problems);
    return name !== undefined && cardDetails ? { name, cardDetails } : undefined;
  }
  const bankAccountType = ownField(value, 'bankAccountType');
  if (bankAccountType === 'checking' || bankAccountType === 'savings') return name === undefined ? undefined : { name, bankAccountType };
  problems.push(bankAccountType === undefined ? required(path, 'bankAccountType') : invalid(`${path}/bankAccountType`, 'bankAccountType must be "checking" or "savings".'));
  return undefined;
}

function readCardDetails(fundingSource: JsonObject, problems: DwollaErrorDetail[]): CardDetails | undefined {
  const path = '/fundingSource/cardDetails';
  const value = ownField(fundingSource, 'cardDetails');
  if (value === undefined) {
    problems.push(required('/fundingSource', 'cardDetails'));
    return undefined;
  }
  if (!isJsonObject(value)) {
    problems.push(invalid(path, 'cardDetails must be an object.'));
    return undefined;
  }
  onlyFields(value, ['firstName', 'lastName', 'billingAddress'], path, 'cardDetails takes firstName, lastName and billingAddress', problems);
  const firstName = text(value, 'firstName', path, problems);
  const lastName = text(value, 'lastName', path, problems);
  const address = ownField(value, 'billingAddress');
  if (address === undefined) {
    problems.push(required(path, 'billingAddress'));
    return undefined;
  }
  if (!isJsonObject(address)) {
    problems.push(invalid(`${path}/billingAddress`, 'billingAddress must be an object.'));
    return undefined;
  }
  const addressPath = `${path}/billingAddress`;
  onlyFields(address, [...addressFields, 'address2'], addressPath, `billingAddress takes ${addressFields.join(', ')} and address2`, problems);
  const address1 = text(address, 'address1', addressPath, problems, maxAddress1Length);
  const address2 = ownField(address, 'address2') === undefined ? undefined : text(address, 'address2', addressPath, problems, maxAddress2Length);
  const city = text(address, 'city', addressPath, problems, maxCityLength);
  const stateProvinceRegion = twoLetterCode(address, 'stateProvinceRegion', addressPath, problems);
  const country = twoLetterCode(address, 'country', addressPath, problems);
  const postalCode = text(address, 'postalCode', addressPath, problems);
  if (!firstName || !lastName || !address1 || !city || !stateProvinceRegion || !country || !postalCode) return undefined;
  return { firstName, lastName, billingAddress: { address1, ...(address2 && { address2 }), city, stateProvinceRegion, country, postalCode } };
}
