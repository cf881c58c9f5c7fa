'use client';
import { useState } from 'react';
import { ExchangeSessionLauncher, type ExchangePartner, type FundingSourceRequest } from 'react-dwolla-exchange';

// The funding source each link creates, in one place: a bank account's name and type, a card's billing details.
const bank: FundingSourceRequest = { name: 'Checking', bankAccountType: 'checking' };
const billingAddress = { address1: '1 Main St', city: 'Des Moines', stateProvinceRegion: 'IA', country: 'US', postalCode: '50309' };
const fundingSources: Record<ExchangePartner, FundingSourceRequest> = {
  mx: bank,
  plaid: bank,
  checkout: { name: 'Debit card', cardDetails: { firstName: 'Jane', lastName: 'Doe', billingAddress } },
};
const partners = { mx: 'Bank account (MX)', plaid: 'Bank account (Plaid)', checkout: 'Debit card' };

export default function LinkAccountPage() {
  const [partner, setPartner] = useState<ExchangePartner>();
  return (
    <main>
      <h1>Link an account</h1>
      {partner ? (
        <ExchangeSessionLauncher
          source={{ create: partner }}
          complete={{ fundingSource: fundingSources[partner] }}
          mx={{ mode: 'embed' }}
          checkout={{ publicKey: process.env.NEXT_PUBLIC_CHECKOUT_PUBLIC_KEY, environment: 'sandbox' }}
        />
      ) : (
        Object.entries(partners).map(([id, label]) => (
          <button key={id} onClick={() => setPartner(id as ExchangePartner)}>
            {label}
          </button>
        ))
      )}
    </main>
  );
}
