import type { Meta, StoryObj } from '@storybook/react-vite';
import { HttpResponse, http } from 'msw';
import { expect, fn, userEvent, waitFor } from 'storybook/test';
import { ExchangeConnectionPicker } from '../src';
import { exchangeJourneyHandlers } from '../src/testing/exchange-journey-handlers';
import { fakeAvailableConnections } from '../src/testing/fake-journey-values';
import { fixtureSessionIds } from '../src/testing/fixtures';
import { textsOf } from './support/story-texts';

/**
 * The accounts the user connected through MX, listed by your backend
 * (`GET /api/exchange-sessions/{id}/available-connections`, or the route an enclosing
 * `ExchangeSessionProvider`'s `backend` names), as a labelled radio group. The launcher shows it
 * by itself with `complete`; render it yourself with the hooks.
 */
const meta = {
  title: 'Components/ExchangeConnectionPicker',
  component: ExchangeConnectionPicker,
  args: {
    sessionId: fixtureSessionIds.mx,
    onSelect: fn(),
  },
  beforeEach({ msw }) {
    msw.use(...exchangeJourneyHandlers({ delay: 150 }));
  },
} satisfies Meta<typeof ExchangeConnectionPicker>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Arrow keys move the choice, Tab reaches the button, Enter confirms. */
export const ChooseByKeyboard: Story = {
  play: async ({ args, canvas, globals }) => {
    await canvas.findByRole('group', { name: textsOf(globals).pickerLegend });
    await userEvent.tab();
    await userEvent.keyboard('{ArrowDown}');
    await userEvent.tab();
    await userEvent.keyboard('{Enter}');
    await waitFor(() => expect(args.onSelect).toHaveBeenCalledWith(fakeAvailableConnections[1]));
  },
};

/** While the chosen account is being linked. */
export const Busy: Story = {
  args: { busy: true },
  play: async ({ canvas, globals }) => {
    await expect(await canvas.findByRole('group')).toBeDisabled();
    await expect(canvas.getByRole('status')).toHaveTextContent(textsOf(globals).linking);
  },
};

/** MX has not finished aggregating: nothing to choose yet, and a way to look again. */
export const NoAccountsYet: Story = {
  beforeEach({ msw }) {
    msw.use(http.get('/api/exchange-sessions/:id/available-connections', () => HttpResponse.json({ connections: [] })));
  },
  play: async ({ canvas, globals }) => {
    const texts = textsOf(globals);
    await expect(await canvas.findByText(texts.pickerEmpty)).toBeVisible();
    await expect(canvas.getByRole('button', { name: texts.pickerCheckAgain })).toBeEnabled();
  },
};
