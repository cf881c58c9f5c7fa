// An app page for the resume test: it links a bank with Plaid, leaves for "OAuth" (the test loads
// the page again with ?oauth_state_id=…), and resumes. MSW plays the backend and Plaid's CDN.
import { setupWorker } from 'msw/browser';
import { StrictMode, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { ExchangeSessionLauncher } from '../../../src';
import { exchangeSessionHandlers } from '../../../src/testing/exchange-session-handlers';
import { exchangeSessionFixture, fixtureSessionIds } from '../../../src/testing/fixtures';
import { partnerScriptHandlers } from '../../../src/testing/partner-script-handlers';

await setupWorker(
  ...exchangeSessionHandlers({ sessions: { [fixtureSessionIds.plaid]: exchangeSessionFixture('plaid') } }),
  ...partnerScriptHandlers(),
).start({ quiet: true, onUnhandledRequest: 'bypass' });

const returning = new URLSearchParams(location.search).has('oauth_state_id');

function App() {
  const [linked, setLinked] = useState<string>();
  if (linked) return <p role="status">Linked: {linked}</p>;
  // The starting page saves the session by itself when Link opens (it may leave for OAuth); the
  // return page resumes what was saved, with the URL the bank sent the user back to.
  return returning ? (
    <ExchangeSessionLauncher source={{ resume: true }} plaid={{ receivedRedirectUri: location.href }} onSuccess={(result) => setLinked(result.sessionId)} />
  ) : (
    <ExchangeSessionLauncher source={{ sessionId: fixtureSessionIds.plaid }} onSuccess={(result) => setLinked(result.sessionId)} />
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
