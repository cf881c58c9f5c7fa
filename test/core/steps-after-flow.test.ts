// Which steps follow a partner's flow: where the machine goes when it succeeds, and the code fetched while it runs.
import { describe, expect, it } from 'vitest';
import { stepsAfterFlow } from '../../src/core/launcher/steps-after-flow';

const card = { name: 'Debit card', cardDetails: { firstName: 'Fake', lastName: 'Holder', billingAddress: { address1: '1 Fake St', city: 'Des Moines', stateProvinceRegion: 'IA', country: 'US', postalCode: '50309' } } };
const none = { resume: true, complete: false, picker: false, accountType: false, billing: false };

describe('the steps after a flow', () => {
  it('saves a session whose flow may leave the page, and completes only with complete', () => {
    expect(stepsAfterFlow('plaid', undefined, false)).toEqual(none);
    expect(stepsAfterFlow('plaid', { fundingSource: true }, false)).toEqual({ ...none, complete: true });
    expect(stepsAfterFlow('mx', false, false)).toEqual(none);
  });

  it('picks an MX account (asking its type only for a funding source made from the choice), and asks a card for billing details only then too', () => {
    expect(stepsAfterFlow('mx', true, false)).toEqual({ ...none, complete: true, picker: true });
    expect(stepsAfterFlow('mx', { fundingSource: true }, false)).toEqual({ ...none, complete: true, picker: true, accountType: true });
    expect(stepsAfterFlow('mx', { fundingSource: { name: 'Payouts', bankAccountType: 'checking' } }, false)).toMatchObject({ accountType: false });
    expect(stepsAfterFlow('checkout', true, false)).toEqual({ ...none, resume: false, complete: true });
    expect(stepsAfterFlow('checkout', { fundingSource: true }, false)).toEqual({ ...none, resume: false, complete: true, billing: true });
    expect(stepsAfterFlow('checkout', { fundingSource: () => undefined }, false)).toMatchObject({ billing: true });
    expect(stepsAfterFlow('checkout', { fundingSource: card }, false)).toMatchObject({ billing: false });
  });

  it('creates no exchange after a re-authentication: nothing follows its flow but the resume', () => {
    expect(stepsAfterFlow('mx', { fundingSource: true }, true)).toEqual(none);
    expect(stepsAfterFlow('plaid', true, true)).toEqual(none);
  });
});
