import { ExchangeSessionError } from '../core/errors';
import { isJsonObject, linkHref, ownField, ownObject, ownString } from '../core/backend/json';
import { isExchangePartner, type ExchangePartner } from '../core/session/session';
import type { DwollaClient } from './dwolla-client';

/** One of Dwolla's exchange partners, from `GET /exchange-partners`. */
export interface DwollaExchangePartner {
  id: string;
  name: string;
  status: string;
  href: string;
}

/** Dwolla's names of the partners this library runs; other partners are asked for by Dwolla's name. */
export const dwollaPartnerNames: Record<ExchangePartner, string> = { mx: 'MX', plaid: 'Plaid', checkout: 'Checkout.com' };

const cacheMs = 60 * 60 * 1000;
const cache = new WeakMap<DwollaClient, { list: Promise<DwollaExchangePartner[]>; until: number }>();

/** Dwolla's exchange partners, cached per client for an hour (they change rarely). */
export async function listExchangePartners(client: DwollaClient, now = Date.now()): Promise<DwollaExchangePartner[]> {
  const cached = cache.get(client);
  if (cached && now < cached.until) return cached.list;
  const list = client.request({ method: 'GET', path: '/exchange-partners' }).then(({ body }) => readPartners(body));
  cache.set(client, { list, until: now + cacheMs });
  list.catch(() => cache.delete(client));
  return list;
}

/**
 * The exchange partner named `partner`. One rule, in any case: this library's id (`'mx'`,
 * `'plaid'`, `'checkout'`) or Dwolla's name (`'MX'`, `'Plaid'`, `'Checkout.com'`, `'Finicity'`):
 * `'CHECKOUT'` and `'checkout.COM'` are both Checkout.com.
 *
 * @throws `ExchangeSessionError` `unsupportedPartner` when Dwolla lists no such partner.
 */
export async function findExchangePartner(client: DwollaClient, partner: ExchangePartner | (string & {})): Promise<DwollaExchangePartner> {
  const lower = partner.toLowerCase();
  const wanted = (isExchangePartner(lower) ? dwollaPartnerNames[lower] : partner).toLowerCase();
  const found = (await listExchangePartners(client)).find((candidate) => candidate.name.toLowerCase() === wanted);
  if (!found) throw new ExchangeSessionError('unsupportedPartner', `Dwolla lists no exchange partner named "${partner}".`);
  return found;
}

function readPartners(body: unknown): DwollaExchangePartner[] {
  const embedded = isJsonObject(body) ? ownObject(body, '_embedded') : undefined;
  const items = embedded ? ownField(embedded, 'exchange-partners') : undefined;
  if (!Array.isArray(items)) throw new ExchangeSessionError('invalidResponse', 'Dwolla listed exchange partners without _embedded["exchange-partners"].');
  return items.flatMap((item) => {
    if (!isJsonObject(item)) return [];
    const href = linkHref(item, 'self');
    const id = ownString(item, 'id');
    const name = ownString(item, 'name');
    return href && id && name ? [{ id, name, status: ownString(item, 'status') ?? 'unknown', href }] : [];
  });
}
