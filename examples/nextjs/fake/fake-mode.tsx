// Fake mode, page side: without DWOLLA_KEY, the fake partners' settings and scripts.
import { connection } from 'next/server';
import type { ReactNode } from 'react';
import { ExchangeSessionProvider } from 'react-dwolla-exchange';
import { fakeMxOrigin } from './dwolla';
import { FakePartnerScripts } from './partner-scripts';

export async function FakeMode({ children }: { children: ReactNode }) {
  await connection(); // decided at each request, not when `next build` ran
  if (process.env.DWOLLA_KEY) return children;
  return (
    // The fake MX Connect page is on this app's http: origin; Flow gets an obviously fake key.
    <ExchangeSessionProvider mx={{ allowedHosts: [fakeMxOrigin()] }} checkout={{ publicKey: 'pk_sbox_fake_0000' }}>
      <FakePartnerScripts>{children}</FakePartnerScripts>
    </ExchangeSessionProvider>
  );
}
