'use client';
// Fake mode, in the browser: an MSW worker (public/mockServiceWorker.js) serves the fake Plaid Link
// and Checkout.com Flow scripts at their CDN URLs, so that react-plaid-link and Checkout's loader run unchanged.
import { useEffect, useState, type ReactNode } from 'react';

let started: Promise<unknown> | undefined;

export function FakePartnerScripts({ children }: { children: ReactNode }) {
  const [ready, setReady] = useState(false);
  useEffect(() => {
    started ??= Promise.all([import('msw/browser'), import('react-dwolla-exchange/testing/msw')]).then(([{ setupWorker }, { partnerScriptHandlers }]) =>
      setupWorker(...partnerScriptHandlers()).start({ quiet: true, onUnhandledRequest: 'bypass' }),
    );
    void started.then(() => setReady(true));
  }, []);
  return ready ? children : <p role="status">Starting the fake partners…</p>;
}
