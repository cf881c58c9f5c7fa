// Which steps follow a partner's flow: their code is fetched while the flow runs.
import { describe, expect, it } from 'vitest';
import { stepsAfterFlow } from '../../src/core/launcher/steps-after-flow';

const card = { name: 'Debit card', cardDetails: { firstName: 'Fake', lastName: 'Holder', billingAddress: { address1: '1 Fake St', city: 'Des Moines', stateProvinceRegion: 'IA', country: 'US', postalCode: '50309' } } };

describe('the steps after a flow', () => {
  it('saves a session whose flow may leave the page, and completes only with complete', () => {
    expect(stepsAfterFlow('plaid', undefined)).toEqual({ resume: true, complete: false, picker: false, billing: false });
    expect(stepsAfterFlow('plaid', { fundingSource: true })).toEqual({ resume: true, complete: true, picker: false, billing: false });
    expect(stepsAfterFlow('mx', false)).toEqual({ resume: true, complete: false, picker: false, billing: false });
  });

  it('picks an MX account, and asks a card for billing details only when its funding source is made from the choice', () => {
    expect(stepsAfterFlow('mx', true)).toEqual({ resume: true, complete: true, picker: true, billing: false });
    expect(stepsAfterFlow('checkout', true)).toEqual({ resume: false, complete: true, picker: false, billing: false });
    expect(stepsAfterFlow('checkout', { fundingSource: true })).toEqual({ resume: false, complete: true, picker: false, billing: true });
    expect(stepsAfterFlow('checkout', { fundingSource: () => undefined })).toMatchObject({ billing: true });
    expect(stepsAfterFlow('checkout', { fundingSource: card })).toMatchObject({ billing: false });
  });
});
