import type { ReactNode } from 'react';
import { fn } from 'storybook/test';
import { ExchangeConnectionPicker, ExchangeSessionLauncher, type ExchangeAppearance, type ExchangeAppearanceVariables, type ExchangeSessionLauncherProps } from '../../src';
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

type Look = Pick<ExchangeSessionLauncherProps, 'appearance'>;

/** Each state, reached the way a user meets it: through the launcher and the stories' mock backend. */
const launchers: Record<GalleryState, { caption: string; launcher: (look: Look) => ReactNode }> = {
  loading: { caption: 'Loading', launcher: (look) => <ExchangeSessionLauncher source={{ sessionId: stateIds.slow }} {...look} /> },
  error: { caption: 'Error (with Try again)', launcher: (look) => <ExchangeSessionLauncher source={{ sessionId: stateIds.rateLimited }} {...look} /> },
  mxNotice: {
    caption: 'MX Connect, redirect',
    // The page would go to MX; here the URL goes to the Actions panel instead.
    launcher: (look) => <ExchangeSessionLauncher source={{ sessionId: fixtureSessionIds.mx }} mx={mxHere()} onRedirect={fn()} {...look} />,
  },
  plaidButton: {
    caption: 'Plaid Link, on a press',
    launcher: (look) => <ExchangeSessionLauncher source={{ sessionId: fixtureSessionIds.plaid }} plaid={{ open: 'button' }} {...look} />,
  },
  // The launcher's step after MX Connect, on its own: a resume record would be single-use, and a
  // docs page shows several galleries (the first to come back from MX would leave the others idle).
  picker: {
    caption: 'Choose an account (back from MX)',
    launcher: (look) => <ExchangeConnectionPicker sessionId={fixtureSessionIds.mx} onSelect={fn()} {...look} />,
  },
  linked: {
    caption: 'Linked (after MX Connect and the picker)',
    launcher: (look) => <ExchangeSessionLauncher source={{ sessionId: fixtureSessionIds.mx }} mx={{ ...mxHere(), mode: 'embed' }} complete {...look} />,
  },
};

/**
 * The default UI's states side by side, each a real launcher with the same `appearance`
 * (its `variables` over the theme the toolbar gives the provider): change a variable and every
 * state follows.
 */
export function DefaultUiGallery({ states = ['loading', 'error', 'mxNotice', 'plaidButton', 'picker'], ...variables }: DefaultUiGalleryProps) {
  const appearance: ExchangeAppearance = { variables };
  return (
    <div className="dwx-story-gallery">
      {states.map((state) => (
        <figure key={state} data-gallery-state={state}>
          <figcaption>{launchers[state].caption}</figcaption>
          {launchers[state].launcher({ appearance })}
        </figure>
      ))}
    </div>
  );
}
