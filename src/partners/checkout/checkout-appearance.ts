import type { PartialDesignTokens } from '@checkout.com/checkout-web-components';

const colorTokens = {
  colorAction: 'primary',
  colorPrimary: 'text',
  colorSecondary: 'muted',
  colorBackground: 'background',
  colorFormBackground: 'background',
  colorBorder: 'border',
  colorFormBorder: 'border',
  colorError: 'danger',
  colorSuccess: 'success',
  colorInverse: 'on-primary',
  colorOutline: 'focus',
} as const;

/**
 * The stylesheet's look as Flow's design tokens, resolved to concrete values where Flow mounts:
 * Flow runs in an iframe and cannot read the page's CSS variables, `light-dark()` or theme.
 * Nothing without the stylesheet, so that Flow keeps its own defaults.
 */
export function flowAppearance(container: HTMLElement): PartialDesignTokens {
  if (!getComputedStyle(container).getPropertyValue('--_dwx-primary')) return {};
  const probe = container.ownerDocument.createElement('span');
  probe.hidden = true;
  container.append(probe);
  try {
    const computed = getComputedStyle(probe);
    const resolve = (property: 'color' | 'borderTopLeftRadius' | 'fontFamily', variable: string) => {
      probe.style[property] = `var(--_dwx-${variable})`;
      return computed[property];
    };
    const tokens: PartialDesignTokens = {};
    for (const [token, variable] of Object.entries(colorTokens)) {
      tokens[token as keyof typeof colorTokens] = resolve('color', variable);
    }
    const radius = resolve('borderTopLeftRadius', 'radius');
    const font = { fontFamily: resolve('fontFamily', 'font') };
    return { ...tokens, borderRadius: [radius, radius], label: font, input: font, button: font, subheading: font, footnote: font };
  } finally {
    probe.remove();
  }
}
