import { linkHref, ownField, ownString, type JsonObject } from '../core/backend/json';
import { isLinkedAccountState } from '../core/linked/linked-account';
import type { ExchangePartner } from '../core/session/session';
import type { DwollaClient } from './dwolla-client';
import { allDwollaListItems } from './dwolla-list';
import { dwollaPartnerNames, listExchangePartners, type DwollaExchangePartner } from './exchange-partners';
import type { LinkedAccount, LinkedExchangeRecord, LinkedFundingSource, RecordedAccountState } from './linked-account-types';
import { dwollaPath } from './resource';

/** What an app's records say of an exchange; nothing by default. */
export type RecordedStateOf = (exchange: LinkedExchangeRecord) => RecordedAccountState | Promise<RecordedAccountState>;

/**
 * The customer's linked accounts, newest first: each of their exchanges (`GET
 * /customers/{id}/exchanges`, every page) with its partner, its state and the funding sources
 * made from it (`GET /customers/{id}/funding-sources`, every page, removed ones included). Dwolla's
 * own status says `deactivated` (for a removed exchange too); otherwise `recordedState` may.
 * Items Dwolla lists without what these need (an id, a link, a name) are left out.
 */
export async function listLinkedAccounts(client: DwollaClient, customerId: string, recordedState: RecordedStateOf = () => undefined): Promise<LinkedAccount[]> {
  const [exchanges, fundingSources, partners] = await Promise.all([
    allDwollaListItems(client, dwollaPath`/customers/${customerId}/exchanges`, 'exchanges'),
    allDwollaListItems(client, dwollaPath`/customers/${customerId}/funding-sources`, 'funding-sources'),
    listExchangePartners(client),
  ]);
  const sources = fundingSources.flatMap(readFundingSource);
  const accounts = await Promise.all(
    exchanges.map(async (item): Promise<LinkedAccount[]> => {
      const exchangeId = ownString(item, 'id');
      const exchangeUrl = linkHref(item, 'self');
      const created = ownString(item, 'created');
      if (!exchangeId || !exchangeUrl || !created) return [];
      const stopped = ownString(item, 'status') === 'deactivated' || ownString(item, 'status') === 'removed';
      const state = stopped ? 'deactivated' : ((await recordedState({ customerId, exchangeId, exchangeUrl })) ?? 'active');
      const own = sources.filter(({ exchangeUrl: from }) => from.toLowerCase() === exchangeUrl.toLowerCase()).map(({ fundingSource }) => fundingSource);
      return [{ exchangeId, exchangeUrl, partner: partnerOf(item, partners), state: isLinkedAccountState(state) ? state : 'active', created, fundingSources: own }];
    }),
  );
  return accounts.flat().sort((a, b) => Date.parse(b.created) - Date.parse(a.created));
}

const ourPartners = Object.keys(dwollaPartnerNames) as ExchangePartner[];

/** The partner an exchange's `exchange-partner` link names, by Dwolla's name for it. */
function partnerOf(exchange: JsonObject, partners: readonly DwollaExchangePartner[]): LinkedAccount['partner'] {
  const href = linkHref(exchange, 'exchange-partner')?.toLowerCase();
  const name = partners.find((partner) => partner.href.toLowerCase() === href)?.name.toLowerCase();
  return ourPartners.find((partner) => dwollaPartnerNames[partner].toLowerCase() === name) ?? 'other';
}

/** A funding source made from an exchange, with that exchange's URL; none for any other (a balance, a bank added by hand). */
function readFundingSource(item: JsonObject): Array<{ exchangeUrl: string; fundingSource: LinkedFundingSource }> {
  const exchangeUrl = linkHref(item, 'exchange');
  const id = ownString(item, 'id');
  const url = linkHref(item, 'self');
  const name = ownString(item, 'name');
  const status = ownString(item, 'status');
  const type = ownString(item, 'type');
  if (!exchangeUrl || !id || !url || name === undefined || status === undefined || (type !== 'bank' && type !== 'card')) return [];
  const bankAccountType = ownString(item, 'bankAccountType');
  const fundingSource: LinkedFundingSource = {
    id,
    url,
    name,
    type,
    ...((bankAccountType === 'checking' || bankAccountType === 'savings') && { bankAccountType }),
    status,
    removed: ownField(item, 'removed') === true,
  };
  return [{ exchangeUrl, fundingSource }];
}
