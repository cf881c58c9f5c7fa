import { checkoutScriptUrl } from '../partners/checkout/checkout-script';
import { plaidScriptUrl } from '../partners/plaid/plaid-script';
import { fakeCheckoutScript } from './fake-checkout';
import { fakeMxConnectPage, fakeMxConnectPath } from './fake-mx-connect';
import { fakePlaidScript } from './fake-plaid';
import { fakePartnerValues } from './fixtures';

/** A fake partner's file, shaped as Playwright's `route.fulfill()` takes it. */
export interface FakePartnerFile {
  status: 200;
  contentType: 'text/html; charset=utf-8' | 'text/javascript; charset=utf-8';
  body: string;
}

const html = (body: string): FakePartnerFile => ({ status: 200, contentType: 'text/html; charset=utf-8', body });
const script = (body: string): FakePartnerFile => ({ status: 200, contentType: 'text/javascript; charset=utf-8', body });

/**
 * The fake partner file a browser loads from `url`, or `undefined` for any other URL:
 * - Plaid Link's and Checkout.com Flow's scripts at their CDN URLs ({@link plaidScriptUrl},
 *   {@link checkoutScriptUrl}): the fakes that `fakePlaidScript()` and `fakeCheckoutScript()` give;
 * - the fake MX Connect page at {@link fakeMxConnectPath} on any origin, and at the fixtures' MX
 *   Connect URL (`fakePartnerValues.mxUrl`, which the fake Dwolla's MX sessions carry by default).
 *
 * The query string is not read. Framework-free: Playwright's `page.route`, or a server through
 * {@link fakePartnerResponse}.
 *
 * @example
 * ```ts
 * // Playwright, for a dev server or a production build alike: every fake partner, one line.
 * await page.route((url) => fakePartnerFile(url) !== undefined, (route) => route.fulfill(fakePartnerFile(route.request().url())));
 * ```
 */
export function fakePartnerFile(url: string | URL): FakePartnerFile | undefined {
  const parsed = URL.canParse(url) ? new URL(url) : undefined;
  if (!parsed) return undefined;
  const address = `${parsed.origin}${parsed.pathname}`;
  if (address === plaidScriptUrl) return script(fakePlaidScript());
  if (address === checkoutScriptUrl) return script(fakeCheckoutScript());
  if (parsed.pathname === fakeMxConnectPath || address === fakePartnerValues.mxUrl) return html(fakeMxConnectPage());
  return undefined;
}

/**
 * A fetch-style answer with {@link fakePartnerFile} for a `GET` or `HEAD` of a fake partner's URL;
 * `undefined` for any other request, to pass on. For any server that speaks `Request`/`Response`
 * (Node through `toNodeHandler`, Next.js, Hono, Bun), so that a built app can embed the fake MX
 * Connect page from its own origin.
 *
 * @example
 * ```ts
 * // Node: the app's backend serves the fake MX Connect page beside the /server handler.
 * http.createServer(toNodeHandler(async (request) => fakePartnerResponse(request) ?? handler(request)));
 * ```
 */
export function fakePartnerResponse(request: Request): Response | undefined {
  if (request.method !== 'GET' && request.method !== 'HEAD') return undefined;
  const file = fakePartnerFile(request.url);
  if (!file) return undefined;
  return new Response(request.method === 'HEAD' ? null : file.body, {
    status: file.status,
    headers: { 'Content-Type': file.contentType, 'Cache-Control': 'no-store' },
  });
}
