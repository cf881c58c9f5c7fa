import type { ExchangeAppearance } from './appearance';
import { mergeDefined } from './merge-defined';
import type { ExchangeMessages, LauncherMessages } from '../messages/exchange-messages';

/** How the default UI looks and speaks: set on the provider for the app, on a launcher for itself. */
export interface ExchangePresentation {
  /**
   * A BCP 47 language tag for the default UI's texts (`en`, the default, and `es` ship) and for
   * Checkout.com Flow (unless `checkout.locale` says otherwise). Plaid's and MX's own UIs take
   * their language from their own settings.
   */
  locale?: string;
  /** Texts over the locale's catalogue, entry by entry. */
  messages?: Partial<ExchangeMessages>;
  /** A theme and the stylesheet's variables, also applied to Checkout.com Flow. */
  appearance?: ExchangeAppearance;
}

/** A presentation with its catalogue chosen: what the default UI and the partner flows render with (`M`: which texts). */
export interface ResolvedPresentation<M = LauncherMessages> {
  locale: string | undefined;
  /** The locale's texts; English while `loadingTexts`. */
  messages: M;
  /** The locale's catalogue is still loading: show no text yet rather than another language's. */
  loadingTexts: boolean;
  appearance: ExchangeAppearance | undefined;
}

/** A presentation over another: the locale replaced, texts and variables merged entry by entry. */
export function mergePresentation(base: ExchangePresentation, overrides: ExchangePresentation): ExchangePresentation {
  const appearance = base.appearance && overrides.appearance
    ? { theme: overrides.appearance.theme ?? base.appearance.theme, variables: mergeDefined(base.appearance.variables, overrides.appearance.variables) }
    : (overrides.appearance ?? base.appearance);
  return {
    locale: overrides.locale ?? base.locale,
    messages: mergeDefined(base.messages, overrides.messages),
    appearance,
  };
}
