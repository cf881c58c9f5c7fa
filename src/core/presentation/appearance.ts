/** The default UI's look, for the page and for Checkout.com Flow alike. */
export interface ExchangeAppearance {
  /** Force a theme; by default the launcher follows `prefers-color-scheme`. */
  theme?: 'light' | 'dark';
  /** CSS values for the stylesheet's variables, on both themes. */
  variables?: ExchangeAppearanceVariables;
}

/** The variables of `react-dwolla-exchange/styles.css` an {@link ExchangeAppearance} sets; any CSS value. */
export interface ExchangeAppearanceVariables {
  /** Buttons, links, the chosen account, the focus ring (`--dwx-color-primary`). */
  colorPrimary?: string;
  /** Text (`--dwx-color-text`); muted text and borders are mixed from it and the background. */
  colorText?: string;
  /** The launcher's background (`--dwx-color-background`). */
  colorBackground?: string;
  /** Error titles and borders (`--dwx-color-danger`). */
  colorDanger?: string;
  /** `--dwx-font-family`. */
  fontFamily?: string;
  /** Corners of buttons, cards and the MX frame (`--dwx-radius`). */
  borderRadius?: string;
  /** The spacing unit every gap and padding is a multiple of (`--dwx-space`). */
  spacingUnit?: string;
}

const variableNames: Record<keyof ExchangeAppearanceVariables, string> = {
  colorPrimary: '--dwx-color-primary',
  colorText: '--dwx-color-text',
  colorBackground: '--dwx-color-background',
  colorDanger: '--dwx-color-danger',
  fontFamily: '--dwx-font-family',
  borderRadius: '--dwx-radius',
  spacingUnit: '--dwx-space',
};

/** The CSS custom properties an appearance sets, as an inline style object. */
export function appearanceVariables(variables: ExchangeAppearanceVariables | undefined): Record<string, string> {
  const style: Record<string, string> = {};
  for (const [key, name] of Object.entries(variableNames)) {
    const value = variables?.[key as keyof ExchangeAppearanceVariables];
    if (value) style[name] = value;
  }
  return style;
}
