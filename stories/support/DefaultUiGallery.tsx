import type { ReactNode } from 'react';
import { fn } from 'storybook/test';
import { ExchangeSessionLauncher, ExchangeSessionProvider, type ExchangeAppearanceVariables } from '../../src';
import { fixtureSessionIds } from '../../src/testing/fixtures';
import { stateIds } from './story-backend';

/** A state of the default UI the gallery shows. */
export type GalleryState = 'loading' | 'error' | 'mxNotice' | 'plaidButton' | 'picker' | 'linked';

/** Props of {@link DefaultUiGallery}: the `appearance.variables` every launcher in it gets. */
export interface DefaultUiGalleryProps extends ExchangeAppearanceVariables {
  /** The states shown, in order. */
  states?: readonly GalleryState[];
}

const mxHere = () => ({ allowedHosts: [location.origin] });

/** Each state, reached the way a user meets it: through the launcher and the stories' mock backend. */
const launchers: Record<GalleryState, { caption: string; launcher: () => ReactNode }> = {
  loading: { caption: 'Loading', launcher: () => <ExchangeSessionLauncher source={{ sessionId: stateIds.slow }} /> },
  error: { caption: 'Error (with Try again)', launcher: () => <ExchangeSessionLauncher source={{ sessionId: stateIds.rateLimited }} /> },
  mxNotice: {
    caption: 'MX Connect, redirect',
    // The page would go to MX; here the URL goes to the Actions panel instead.
    launcher: () => <ExchangeSessionLauncher source={{ sessionId: fixtureSessionIds.mx }} mx={mxHere()} onRedirect={fn()} />,
  },
  plaidButton: { caption: 'Plaid Link, on a press', launcher: () => <ExchangeSessionLauncher source={{ sessionId: fixtureSessionIds.plaid }} plaid={{ open: 'button' }} /> },
  // Back from MX's redirect: the resume record the story's loader saved leads to the accounts.
  picker: { caption: 'Choose an account (back from MX)', launcher: () => <ExchangeSessionLauncher source={{ resume: true }} complete /> },
  linked: {
    caption: 'Linked (after MX Connect and the picker)',
    launcher: () => <ExchangeSessionLauncher source={{ sessionId: fixtureSessionIds.mx }} mx={{ ...mxHere(), mode: 'embed' }} complete />,
  },
};

/**
 * The default UI's states side by side, each a real launcher, all under one `appearance`: change
 * a variable and every state follows.
 */
export function DefaultUiGallery({ states = ['loading', 'error', 'mxNotice', 'plaidButton', 'picker'], ...variables }: DefaultUiGalleryProps) {
  return (
    <ExchangeSessionProvider appearance={{ variables }}>
      <div className="dwx-story-gallery">
        {states.map((state) => (
          <figure key={state} data-gallery-state={state}>
            <figcaption>{launchers[state].caption}</figcaption>
            {launchers[state].launcher()}
          </figure>
        ))}
      </div>
    </ExchangeSessionProvider>
  );
}
