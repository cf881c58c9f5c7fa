// Fake mode: the fake MX Connect page, from this app's own origin (a service worker never sees an
// iframe's navigation to another site, so MSW cannot serve it).
import { fakePartnerResponse } from 'react-dwolla-exchange/testing';

export function proxy(request: Request) {
  return process.env.DWOLLA_KEY ? undefined : fakePartnerResponse(request);
}
export const config = { matcher: '/__fakes__/:path*' };
