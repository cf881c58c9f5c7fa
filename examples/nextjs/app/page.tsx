'use client';
import { useState } from 'react';
import { ExchangeSessionLauncher, type ExchangePartner } from 'react-dwolla-exchange';
import 'react-dwolla-exchange/styles.css';

const partners = { mx: 'Bank account (MX)', plaid: 'Bank account (Plaid)', checkout: 'Debit card' } as const;

export default function LinkAccountPage() {
  const [partner, setPartner] = useState<ExchangePartner>();
  if (!partner) return (Object.keys(partners) as ExchangePartner[]).map((id) => <button key={id} onClick={() => setPartner(id)}>{partners[id]}</button>);
  return (
    <ExchangeSessionLauncher
      source={{ create: partner }}
      // The funding source is the account the user picked (its name and type), or the card with the
      // billing details the user enters after paying.
      complete={{ fundingSource: true }}
      mx={{ mode: 'embed' }}
      checkout={{ publicKey: process.env.NEXT_PUBLIC_CHECKOUT_PUBLIC_KEY, environment: 'sandbox' }}
    />
  );
}
