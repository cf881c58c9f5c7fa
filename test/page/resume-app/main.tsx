// An app page for the resume tests: it links a bank with Plaid (or re-authenticates an exchange
// with `?journey=reauth`), leaves for "OAuth" (the test loads the page again with
// ?oauth_state_id=…), and resumes. MSW plays the backend and Plaid's CDN; the backend's journey
// requests are kept in `window.__journeyRequests` for the test to read.
import { setupWorker } from 'msw/browser';
import { StrictMode, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { ExchangeSessionLauncher, type ExchangeCompletion } from '../../../src';
import { exchangeJourneyHandlers, type JourneyRequest } from '../../../src/testing/exchange-journey-handlers';
import { exchangeSessionHandlers } from '../../../src/testing/exchange-session-handlers';
import { exchangeSessionFixture, fixtureSessionIds } from '../../../src/testing/fixtures';
import { partnerScriptHandlers } from '../../../src/testing/partner-script-handlers';

const journeyRequests: JourneyRequest[] = [];
(window as unknown as { __journeyRequests: JourneyRequest[] }).__journeyRequests = journeyRequests;
const sessions = { [fixtureSessionIds.plaid]: exchangeSessionFixture('plaid') };
await setupWorker(
  ...exchangeSessionHandlers({ sessions }),
  ...exchangeJourneyHandlers({ sessions, onRequest: (request) => journeyRequests.push(request) }),
  ...partnerScriptHandlers(),
).start({ quiet: true, onUnhandledRequest: 'bypass' });

const search = new URLSearchParams(location.search);
const returning = search.has('oauth_state_id');
const reauthenticating = search.get('journey') === 'reauth';
/** The exchange a balance check said needs its user again. */
export const exchangeToReauthenticate = 'fa4e0004-0000-4000-8000-0000000000e1';

function App() {
  const [linked, setLinked] = useState<string>();
  const [completed, setCompleted] = useState<ExchangeCompletion>();
  if (completed) return <p role="status">Completed: {JSON.stringify(completed)}</p>;
  if (linked) return <p role="status">Linked: {linked}</p>;
  if (reauthenticating) {
    // Both pages complete: the return page must finish a re-authentication, not create an exchange.
    return returning ? (
      <ExchangeSessionLauncher source={{ resume: true }} plaid={{ receivedRedirectUri: location.href }} complete onComplete={setCompleted} />
    ) : (
      <ExchangeSessionLauncher source={{ reauthenticate: exchangeToReauthenticate, partner: 'plaid' }} complete onComplete={setCompleted} />
    );
  }
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
