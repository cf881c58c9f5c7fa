'use client';
import { useState } from 'react';
import { ExchangeSessionLauncher, type ExchangePartner, type FundingSourceRequest } from 'react-dwolla-exchange';

const partners = { mx: 'Bank account (MX)', plaid: 'Bank account (Plaid)', checkout: 'Debit card' } as const;

// The funding source each link creates, all in one place: the bank account's name and type, or the
// card's holder and billing address (the signed-in user's own, in a real app).
const bank = { name: 'Checking', bankAccountType: 'checking' } as const;
const billingAddress = { address1: '1 Main St', city: 'Des Moines', stateProvinceRegion: 'IA', country: 'US', postalCode: '50309' };
const card = { name: 'Debit card', cardDetails: { firstName: 'Jane', lastName: 'Doe', billingAddress } };
const fundingSources: Record<ExchangePartner, FundingSourceRequest> = { mx: bank, plaid: bank, checkout: card };

export default function LinkAccountPage() {
  const [partner, setPartner] = useState<ExchangePartner>();
  if (!partner) return (Object.keys(partners) as ExchangePartner[]).map((id) => <button key={id} onClick={() => setPartner(id)}>{partners[id]}</button>);
  return (
    <ExchangeSessionLauncher
      source={{ create: partner }}
      complete={{ fundingSource: fundingSources[partner] }}
      mx={{ mode: 'embed' }}
      checkout={{ publicKey: process.env.NEXT_PUBLIC_CHECKOUT_PUBLIC_KEY, environment: 'sandbox' }}
    />
  );
}
