import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, waitFor } from 'storybook/test';
import { DefaultUiGallery, type GalleryState } from './support/DefaultUiGallery';
import { storyBackend } from './support/story-backend';

const color = (description: string) => ({ control: 'color', description, table: { category: 'appearance.variables' } }) as const;
const css = (description: string) => ({ control: 'text', description, table: { category: 'appearance.variables' } }) as const;

/**
 * The default UI of `react-dwolla-exchange/styles.css`, each state a real launcher, all under one
 * `appearance`. The toolbar switches the theme (auto follows the system) and the locale; the
 * controls set `appearance.variables`.
 */
const meta = {
  title: 'Default UI',
  component: DefaultUiGallery,
  // The docs page is Docs/Appearance.
  tags: ['!autodocs'],
  argTypes: {
    colorPrimary: color('Buttons, links, the chosen account, the focus ring (`--dwx-color-primary`).'),
    colorText: color('Text (`--dwx-color-text`); muted text and borders are mixed from it and the background.'),
    colorBackground: color('The launcher’s background (`--dwx-color-background`).'),
    colorDanger: color('Error titles and borders (`--dwx-color-danger`).'),
    fontFamily: css('`--dwx-font-family`.'),
    borderRadius: css('Corners of buttons, cards and the MX frame (`--dwx-radius`).'),
    spacingUnit: css('The unit every gap and padding is a multiple of (`--dwx-space`).'),
    states: { table: { disable: true } },
  },
  beforeEach({ msw }) {
    msw.use(...storyBackend());
  },
} satisfies Meta<typeof DefaultUiGallery>;

export default meta;
type Story = StoryObj<typeof meta>;

const shown = (canvasElement: HTMLElement, state: GalleryState, part: string) =>
  canvasElement.querySelector(`[data-gallery-state="${state}"] [data-part="${part}"]`);

/** Every state settles where the gallery says it does. */
async function statesSettled(canvasElement: HTMLElement) {
  await waitFor(() => expect(shown(canvasElement, 'loading', 'spinner')).not.toBeNull());
  await waitFor(() => expect(shown(canvasElement, 'error', 'retry-button')).not.toBeNull());
  await waitFor(() => expect(shown(canvasElement, 'mxNotice', 'mx-notice')).not.toBeNull());
  await waitFor(() => expect(shown(canvasElement, 'plaidButton', 'plaid-button')).toBeEnabled());
  await waitFor(() => expect(canvasElement.querySelectorAll('[data-gallery-state="picker"] [data-part="picker-option"]')).toHaveLength(2));
}

/** The stylesheet's own look: no variable set. Set one in the controls and every state follows. */
export const Appearance: Story = {
  play: async ({ canvasElement }) => {
    await statesSettled(canvasElement);
  },
};

/**
 * A brand's look through `appearance.variables` alone (colour, corners, spacing), here in the dark
 * theme and in Spanish whatever the toolbar says: its test checks contrast on the dark theme too.
 */
export const CustomBrand: Story = {
  args: { colorPrimary: '#c4b5fd', colorDanger: '#fda4af', borderRadius: '16px', spacingUnit: '10px' },
  globals: { theme: 'dark', locale: 'es' },
  play: async ({ canvasElement }) => {
    await statesSettled(canvasElement);
    const root = canvasElement.querySelector<HTMLElement>('[data-gallery-state="plaidButton"] [data-part="root"]')!;
    await expect(getComputedStyle(root).getPropertyValue('--dwx-color-primary').trim()).toBe('#c4b5fd');
    await expect(root).toHaveAttribute('data-theme', 'dark');
    await expect(root).toHaveAttribute('lang', 'es');
  },
};

/**
 * Every state at once, the account linked through MX Connect and the picker by the play
 * function: what the README's pictures show (`npm run screenshots`, one per theme and locale).
 */
export const Gallery: Story = {
  args: { states: ['loading', 'error', 'mxNotice', 'plaidButton', 'picker', 'linked'] },
  play: async ({ canvasElement }) => {
    await statesSettled(canvasElement);
    const card = canvasElement.querySelector<HTMLElement>('[data-gallery-state="linked"]')!;
    const frame = await waitFor(() => {
      const found = card.querySelector<HTMLIFrameElement>('[data-part="mx-frame"]');
      expect(found?.contentDocument?.getElementById('connect')).toBeTruthy();
      return found!;
    });
    frame.contentDocument!.getElementById('connect')!.click();
    const first = await waitFor(() => {
      const radio = card.querySelector<HTMLInputElement>('[data-part="picker-option"] input');
      expect(radio).not.toBeNull();
      return radio!;
    });
    first.click();
    card.querySelector<HTMLButtonElement>('[data-part="picker-submit"]')!.click();
    await waitFor(() => expect(card.querySelector('[data-part="linked"]')).not.toBeNull());
  },
};
