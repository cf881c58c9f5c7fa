import { isExchangeSessionError } from '../core/errors';
import { isJsonObject, linkHref, ownField } from '../core/backend/json';
import type { DwollaClient } from './dwolla-client';
import { dwollaListItems } from './dwolla-list';
import { dwollaPath } from './resource';

/** What removing a funding source for a customer came to: removed (now or before), or refused. */
export type FundingSourceRemoval = { removed: string } | { refused: 'notTheCustomers' | 'notFound' };

/**
 * Removes the funding source `fundingSourceId` when it is one of the customer's (in their list at
 * Dwolla, every page): `POST /funding-sources/{id}` with `{ "removed": true }`, unless it is
 * removed already. One that is not theirs is refused, `notFound` when Dwolla does not know it.
 */
export async function removeCustomerFundingSource(client: DwollaClient, customerId: string, fundingSourceId: string): Promise<FundingSourceRemoval> {
  const wanted = `${client.baseUrl}${dwollaPath`/funding-sources/${fundingSourceId}`}`.toLowerCase();
  for await (const item of dwollaListItems(client, dwollaPath`/customers/${customerId}/funding-sources`, 'funding-sources')) {
    const href = linkHref(item, 'self');
    if (href?.toLowerCase() !== wanted) continue;
    if (ownField(item, 'removed') !== true) await remove(client, href);
    return { removed: href };
  }
  const known = await client.request({ method: 'GET', path: dwollaPath`/funding-sources/${fundingSourceId}` }).then(
    () => true,
    (error: unknown) => {
      if (isExchangeSessionError(error) && error.code === 'notFound' && error.dwolla) return false;
      throw error;
    },
  );
  return { refused: known ? 'notTheCustomers' : 'notFound' };
}

async function remove(client: DwollaClient, href: string): Promise<void> {
  try {
    await client.request({ method: 'POST', path: href, body: { removed: true } });
  } catch (error) {
    // Removed meanwhile (another tab, Dwolla itself): Dwolla refuses to change a removed one.
    const { body } = await client.request({ method: 'GET', path: href }).catch(() => {
      throw error;
    });
    if (!isJsonObject(body) || ownField(body, 'removed') !== true) throw error;
  }
}
