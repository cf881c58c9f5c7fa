import type { Meta, StoryContext, StoryObj } from '@storybook/react-vite';
import { http, HttpResponse } from 'msw';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { ExchangeSessionLauncher, type UpdateCredentialsBody } from '../src';
import type { LauncherMessages } from '../src/core/messages/exchange-messages';
import { readExchangeSessionResume, saveExchangeSessionResume } from '../src/core';
import { exchangeJourneyHandlers } from '../src/testing/exchange-journey-handlers';
import { fakeExchangeUrl, fakeFundingSourceUrl } from '../src/testing/fake-journey-values';
import type { FakePlaidLog } from '../src/testing/fake-plaid';
import { fakePartnerValues, fixtureSessionIds } from '../src/testing/fixtures';
import { launcherArgs, launcherArgTypes, stateIds, storyBackend } from './support/story-backend';
import { textsOf } from './support/story-texts';

/** The whole page: Plaid Link opens outside the story's canvas. */
const pageOf = (canvasElement: HTMLElement) => within(canvasElement.ownerDocument.body);

/** The journey around the partner's UI: create, renew, re-authenticate, complete. */
const meta = {
  title: 'Launcher/Journeys',
  component: ExchangeSessionLauncher,
  args: launcherArgs(),
  argTypes: launcherArgTypes,
  beforeEach({ msw }) {
    msw.use(...storyBackend());
  },
} satisfies Meta<typeof ExchangeSessionLauncher>;

export default meta;
type Story = StoryObj<typeof meta>;

/**
 * No session id yet: `source={{ create: 'plaid' }}` creates one through your backend
 * (`POST /api/exchange-sessions`), once per mount, while Plaid's code and script preload; then the
 * flow runs as usual. When the backend answers with the session's body (the `/server` handler
 * does), no second request is needed; an `{ id }` answer (as here) is followed by its `GET`.
 */
export const CreateOnDemand: Story = {
  args: { source: { create: 'plaid' } },
  play: async ({ args, canvasElement }) => {
    await userEvent.click(await pageOf(canvasElement).findByRole('button', { name: 'Continue' }));
    await waitFor(() => expect(args.onSuccess).toHaveBeenCalledWith(expect.objectContaining({ partner: 'plaid' })));
  },
};

/**
 * The session's Plaid link token is spent (`INVALID_LINK_TOKEN`): the launcher creates a fresh
 * session once through the create route (`POST /api/exchange-sessions`), reports
 * `sessionRenewed`, and opens Link with the new token.
 */
export const RenewSpentSession: Story = {
  args: { source: { sessionId: stateIds.spentPlaid } },
  play: async ({ args, canvasElement }) => {
    await userEvent.click(await pageOf(canvasElement).findByRole('button', { name: 'Continue' }));
    await waitFor(() => expect(args.onSuccess).toHaveBeenCalledWith(expect.objectContaining({ partner: 'plaid' })));
    await expect(args.onEvent).toHaveBeenCalledWith(expect.objectContaining({ type: 'sessionRenewed', previousSessionId: stateIds.spentPlaid }));
  },
};

/**
 * Back from an OAuth bank: when Link opened, the launcher saved the session id and partner in
 * `sessionStorage` by itself (done here by the story); on the redirect page a launcher with
 * `source={{ resume: true }}` and `plaid.receivedRedirectUri` picks them up, reads the session
 * again, re-opens Link with its token and the redirect, and forgets the record once Link succeeds.
 */
export const ResumeAfterOAuth: Story = {
  args: { source: { resume: true }, plaid: { receivedRedirectUri: 'https://app.example/link-bank/oauth?oauth_state_id=fake-oauth-state-0000' } },
  beforeEach() {
    saveExchangeSessionResume({ sessionId: fixtureSessionIds.plaid, partner: 'plaid' });
  },
  play: async ({ args, canvasElement }) => {
    await userEvent.click(await pageOf(canvasElement).findByRole('button', { name: 'Continue' }));
    await waitFor(() => expect(args.onSuccess).toHaveBeenCalledWith(expect.objectContaining({ partner: 'plaid', sessionId: fixtureSessionIds.plaid })));
    const plaid = (window as unknown as { __fakePlaid: FakePlaidLog }).__fakePlaid;
    await expect(plaid.configs.at(-1)).toEqual({ token: fakePartnerValues.plaidLinkToken, receivedRedirectUri: args.plaid?.receivedRedirectUri });
    // Forgotten once Link succeeded (through the resume step's chunk, loaded by then).
    await waitFor(() => expect(readExchangeSessionResume()).toBeUndefined());
  },
};

/**
 * Back from MX's redirect: MX reports nothing to the page it left, and its URL is spent. The
 * launcher saved the MX session before redirecting (done here by the story); a launcher with
 * `source={{ resume: true }}` picks it up, reports `returned` instead of sending the user to MX
 * again, and with `complete` goes on to the accounts MX connected.
 */
export const ResumeAfterMxRedirect: Story = {
  args: { source: { resume: true }, complete: true },
  beforeEach() {
    saveExchangeSessionResume({ sessionId: fixtureSessionIds.mx, partner: 'mx' });
  },
  play: async ({ args, canvas, globals }) => {
    await userEvent.click(await canvas.findByRole('radio', { name: /Checking/ }));
    await userEvent.click(canvas.getByRole('button', { name: textsOf(globals).pickerSubmit }));
    await waitFor(() => expect(args.onComplete).toHaveBeenCalledWith({ reauthenticated: false, exchangeUrl: fakeExchangeUrl }));
    await expect(args.onEvent).toHaveBeenCalledWith({ type: 'returned', partner: 'mx', sessionId: fixtureSessionIds.mx });
    await expect(args.onRedirect).not.toHaveBeenCalled();
  },
};

/**
 * Plaid from start to exchange: `source={{ create: 'plaid' }}` + `complete` create the session,
 * open Link, and post the public token to the complete route
 * (`POST /api/exchange-sessions/{id}/exchange`), which creates the Dwolla exchange; `onComplete` gets it.
 */
export const CompletePlaid: Story = {
  args: { source: { create: 'plaid' }, complete: true },
  play: async ({ args, canvas, canvasElement, globals }) => {
    await userEvent.click(await pageOf(canvasElement).findByRole('button', { name: 'Continue' }));
    await expect(await canvas.findByText(textsOf(globals).linkedBankAccountTitle)).toBeVisible();
    await expect(args.onComplete).toHaveBeenCalledWith({ reauthenticated: false, exchangeUrl: fakeExchangeUrl });
  },
};

const checkingAccount = { name: 'Checking', bankAccountType: 'checking' } as const;
/** The completion requests the backend received in the story below. */
const completionBodies: unknown[] = [];

/**
 * Dwolla creates the exchange but fails its funding source (an outage): the error names the
 * exchange (`error.dwolla.about`), and "Try again" asks for the funding source alone, since the
 * public token is spent; `onComplete` then gets both.
 */
export const CompleteFundingSourceRetried: Story = {
  args: { source: { create: 'plaid' }, complete: { fundingSource: checkingAccount } },
  beforeEach({ msw }) {
    completionBodies.length = 0;
    msw.use(...exchangeJourneyHandlers({ fundingSourceFailures: 1, onRequest: ({ route, body }) => route === 'complete' && completionBodies.push(body) }));
  },
  play: async ({ args, canvas, canvasElement, globals }) => {
    await userEvent.click(await pageOf(canvasElement).findByRole('button', { name: 'Continue' }));
    await expect(await canvas.findByRole('alert')).toHaveAttribute('data-error-code', 'server');
    await userEvent.click(canvas.getByRole('button', { name: textsOf(globals).retry }));
    await waitFor(() => expect(args.onComplete).toHaveBeenCalledWith({ reauthenticated: false, exchangeUrl: fakeExchangeUrl, fundingSourceUrl: fakeFundingSourceUrl }));
    await expect(completionBodies.at(-1)).toEqual({ partner: 'plaid', exchangeUrl: fakeExchangeUrl, fundingSource: checkingAccount });
  },
};

/**
 * MX from start to exchange: after MX Connect reports the connected member, the account picker
 * (a step loaded on demand) shows the accounts your backend lists
 * (`GET /api/exchange-sessions/{id}/available-connections`), and the user picks one — here by
 * keyboard alone.
 */
export const CompleteMx: Story = {
  args: { source: { sessionId: fixtureSessionIds.mx }, complete: true, mx: { mode: 'embed', allowedHosts: [location.origin] } },
  play: async ({ args, canvas, globals }) => {
    const texts = textsOf(globals);
    const frame = (await canvas.findByTitle(texts.mxFrameTitle)) as HTMLIFrameElement;
    const connect = await waitFor(() => within(frame.contentDocument!.body).getByRole('button', { name: 'Connect' }));
    // A plain click: user-event would keep tracking the iframe's document after it is replaced.
    connect.click();

    await canvas.findByRole('group', { name: texts.pickerLegend });
    await userEvent.tab();
    await userEvent.keyboard('{ArrowDown}');
    await expect(canvas.getByRole('radio', { name: /Savings/ })).toBeChecked();
    await userEvent.tab();
    await userEvent.keyboard('{Enter}');
    await waitFor(() => expect(args.onComplete).toHaveBeenCalledWith({ reauthenticated: false, exchangeUrl: fakeExchangeUrl }));
  },
};

/**
 * Checkout.com from start to funding source: the payment id becomes the exchange, and
 * `complete.fundingSource` makes the backend add the debit card as a funding source too.
 */
export const CompleteCheckoutWithCard: Story = {
  args: {
    source: { sessionId: fixtureSessionIds.checkout },
    checkout: { publicKey: 'pk_sbox_fake0000000000000000000000' },
    complete: {
      fundingSource: {
        name: 'Fake debit card',
        cardDetails: {
          firstName: 'Fake',
          lastName: 'Customer',
          billingAddress: { address1: '1 Fake Street', city: 'Des Moines', stateProvinceRegion: 'IA', country: 'US', postalCode: '50309' },
        },
      },
    },
  },
  play: async ({ args, canvas }) => {
    await userEvent.type(await canvas.findByRole('textbox', { name: 'Card number' }), '4242 4242 4242 4242');
    await userEvent.click(canvas.getByRole('button', { name: 'Pay' }));
    await waitFor(() =>
      expect(args.onComplete).toHaveBeenCalledWith({ reauthenticated: false, exchangeUrl: fakeExchangeUrl, fundingSourceUrl: fakeFundingSourceUrl }),
    );
  },
};

/** A Checkout.com session whose card's funding source is made from the user's choice. */
const cardFromChoice = {
  source: { sessionId: fixtureSessionIds.checkout },
  checkout: { publicKey: 'pk_sbox_fake0000000000000000000000' },
  complete: { fundingSource: true },
} as const;

type Canvas = StoryContext['canvas'];

/** Fills in the fake cardholder's billing details, each field found by its label in the story's locale. */
async function fillBillingDetails(canvas: Canvas, texts: LauncherMessages, postalCode: string) {
  const details: [label: string, value: string][] = [
    [texts.billingFirstName, 'Fake'],
    [texts.billingLastName, 'Customer'],
    [texts.billingAddress1, '1 Fake Street'],
    [texts.billingCity, 'Des Moines'],
    [texts.billingRegion, 'IA'],
    [texts.billingPostalCode, postalCode],
  ];
  for (const [label, value] of details) {
    const field = await canvas.findByLabelText(label);
    // The state is a list of the US states and territories, by their codes.
    if (field instanceof HTMLSelectElement) await userEvent.selectOptions(field, value);
    else await userEvent.type(field, value);
  }
}

/**
 * A card whose funding source is made from the user's choice (`complete={{ fundingSource: true }}`):
 * after Flow, the billing-details step asks for the cardholder's name and US address, checks them
 * when sent, and the card becomes a funding source named for its holder.
 */
export const CompleteCheckoutWithBillingDetails: Story = {
  args: cardFromChoice,
  beforeEach({ msw }) {
    completionBodies.length = 0;
    msw.use(...exchangeJourneyHandlers({ onRequest: ({ route, body }) => route === 'complete' && completionBodies.push(body) }));
  },
  play: async ({ args, canvas, globals }) => {
    const texts = textsOf(globals);
    await userEvent.type(await canvas.findByRole('textbox', { name: 'Card number' }), '4242 4242 4242 4242');
    await userEvent.click(canvas.getByRole('button', { name: 'Pay' }));
    await expect(await canvas.findByRole('group', { name: texts.billingLegend })).toBeVisible();
    await userEvent.click(canvas.getByRole('button', { name: texts.billingSubmit }));
    await expect(canvas.getByLabelText(texts.billingFirstName)).toHaveFocus();
    await fillBillingDetails(canvas, texts, '50309');
    await userEvent.click(canvas.getByRole('button', { name: texts.billingSubmit }));
    await waitFor(() => expect(args.onComplete).toHaveBeenCalledTimes(1));
    await expect(completionBodies.at(-1)).toMatchObject({ fundingSource: { name: "Fake Customer's debit card", cardDetails: { firstName: 'Fake', billingAddress: { postalCode: '50309', country: 'US' } } } });
  },
};

/**
 * An MX account whose name does not say checking or savings (Dwolla's connections carry a name
 * alone): with a funding source made from the user's choice, the picker asks, in a second group,
 * and the funding source takes the answer.
 */
export const CompleteMxAskingTheAccountType: Story = {
  args: { source: { sessionId: fixtureSessionIds.mx }, complete: { fundingSource: true }, mx: { mode: 'embed', allowedHosts: [location.origin] } },
  beforeEach({ msw }) {
    completionBodies.length = 0;
    const connections = [{ availableConnectionToken: 'fake-connection-token-mm', name: 'Money Market ****5678' }];
    msw.use(...exchangeJourneyHandlers({ connections, onRequest: ({ route, body }) => route === 'complete' && completionBodies.push(body) }));
  },
  play: async ({ args, canvas, globals }) => {
    const texts = textsOf(globals);
    const frame = (await canvas.findByTitle(texts.mxFrameTitle)) as HTMLIFrameElement;
    const connect = await waitFor(() => within(frame.contentDocument!.body).getByRole('button', { name: 'Connect' }));
    connect.click();
    await userEvent.click(await canvas.findByRole('radio', { name: 'Money Market ****5678' }));
    const type = canvas.getByRole('radiogroup', { name: texts.accountTypeLegend });
    await userEvent.click(within(type).getByRole('radio', { name: texts.accountTypeSavings }));
    await userEvent.click(canvas.getByRole('button', { name: texts.pickerSubmit }));
    await waitFor(() => expect(args.onComplete).toHaveBeenCalledTimes(1));
    await expect(completionBodies.at(-1)).toMatchObject({ fundingSource: { name: 'Money Market ****5678', bankAccountType: 'savings' } });
  },
};

/**
 * Dwolla refused the card's funding source (its ZIP code, here): the exchange exists and the
 * payment's token is spent, so the user goes back to the billing details, the field Dwolla named
 * marked and focused, and the next post creates the card alone from the exchange.
 */
export const CompleteCheckoutRefusedThenFixed: Story = {
  args: cardFromChoice,
  beforeEach({ msw }) {
    completionBodies.length = 0;
    let refused = false;
    msw.use(
      http.post('/api/exchange-sessions/:id/exchange', async ({ request }) => {
        completionBodies.push(await request.clone().json());
        if (refused) return undefined;
        refused = true;
        const errors = [{ code: 'Invalid', message: 'Dwolla refused this field.', path: '/fundingSource/cardDetails/billingAddress/postalCode' }];
        return HttpResponse.json({ code: 'ValidationError', message: 'Dwolla created the exchange but refused to create the funding source.', _embedded: { errors }, _links: { about: { href: fakeExchangeUrl } } }, { status: 400 });
      }),
    );
  },
  play: async ({ args, canvas, globals }) => {
    const texts = textsOf(globals);
    await userEvent.type(await canvas.findByRole('textbox', { name: 'Card number' }), '4242 4242 4242 4242');
    await userEvent.click(canvas.getByRole('button', { name: 'Pay' }));
    await fillBillingDetails(canvas, texts, '00000');
    await userEvent.click(canvas.getByRole('button', { name: texts.billingSubmit }));
    const zip = canvas.getByLabelText(texts.billingPostalCode);
    await waitFor(() => expect(zip).toHaveFocus());
    await expect(zip).toHaveAccessibleDescription(texts.billingRefused);
    await userEvent.clear(zip);
    await userEvent.type(zip, '50309');
    await userEvent.click(canvas.getByRole('button', { name: texts.billingSubmit }));
    await waitFor(() => expect(args.onComplete).toHaveBeenCalledTimes(1));
    await expect(completionBodies.at(-1)).toMatchObject({ exchangeUrl: fakeExchangeUrl, fundingSource: { cardDetails: { billingAddress: { postalCode: '50309' } } } });
  },
};

const updateCredentials: UpdateCredentialsBody = {
  code: 'UpdateCredentials',
  message: 'The user must re-authenticate with their bank.',
  _links: { about: { href: 'https://api-sandbox.dwolla.com/exchanges/fa4e0004-0000-4000-8000-0000000000e1/exchange-sessions' } },
};

/**
 * A balance check answered `UpdateCredentials`: pass Dwolla's body as `source={{ reauthenticate }}`.
 * The launcher creates a re-authentication session for that exchange and runs it; the exchange
 * works again, so `complete` creates nothing and reports `reauthenticated: true`.
 */
export const Reauthenticate: Story = {
  args: { source: { reauthenticate: updateCredentials }, complete: true },
  play: async ({ args, canvasElement }) => {
    await userEvent.click(await pageOf(canvasElement).findByRole('button', { name: 'Continue' }));
    await waitFor(() => expect(args.onSuccess).toHaveBeenCalledWith(expect.objectContaining({ partner: 'plaid', reauthenticated: true })));
    await expect(args.onComplete).toHaveBeenCalledWith({ reauthenticated: true, exchangeId: 'fa4e0004-0000-4000-8000-0000000000e1' });
  },
};
