import type { CSSProperties, ReactNode } from 'react';
import type { ExchangeSessionError } from '../core/errors';
import type { ExchangeCompletion } from '../core/backend/endpoints';
import type { CardDetails } from '../core/exchange/exchange-token';
import type { ExchangeSessionSource } from '../core/launcher/launcher-source';
import type { UseExchangeSessionLauncherOptions } from '../hooks/use-launcher';

/** The launcher's render slots: what it shows instead of its defaults. */
export interface ExchangeSessionSlots {
  /** Shown while the session, the partner's code or its script loads. */
  renderLoading?: () => ReactNode;
  /** Shown for an error; `retry` tries the failed step again. */
  renderError?: (error: ExchangeSessionError, retry: () => void) => ReactNode;
  /**
   * Shown once `complete` has created the exchange (or a re-authentication finished).
   * `defaultScreen` is what the launcher shows otherwise (what was linked, announced): render it
   * with your next step beside it, or leave it out.
   */
  renderComplete?: (completion: ExchangeCompletion, defaultScreen: ReactNode) => ReactNode;
  /**
   * Shown for a card's billing details (status `billing`) instead of the default form: call
   * `submit` with them. `refusal`: Dwolla refused the last ones (`refusal.dwolla.errors` name the fields).
   */
  renderBillingDetails?: (submit: (details: CardDetails) => void, refusal: ExchangeSessionError | null) => ReactNode;
}

/** Props of `ExchangeSessionLauncher`. */
export interface ExchangeSessionLauncherProps extends UseExchangeSessionLauncherOptions, ExchangeSessionSlots {
  /** Where the session comes from (see {@link ExchangeSessionSource}); nothing happens without one. */
  source: ExchangeSessionSource | null | undefined;
  /** A class for the launcher's root, beside `dwx`; the root carries `data-part="root"` and `data-status`. */
  className?: string;
  /** Inline style for the launcher's root, over the appearance's variables. */
  style?: CSSProperties;
}
