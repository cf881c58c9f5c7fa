'use client';
import { useState } from 'react';
import { ExchangeSessionLauncher, type ExchangePartner } from 'react-dwolla-exchange';

const partners = { mx: 'Bank account (MX)', plaid: 'Bank account (Plaid)', checkout: 'Debit card' } as const;

export default function LinkAccountPage() {
  const [partner, setPartner] = useState<ExchangePartner>();
  // A card per partner, in the default UI's own look: its card (`dwx`) and its primary button.
  const card = (id: ExchangePartner) => <li key={id} className="dwx"><button className="dwx-button" onClick={() => setPartner(id)}>{partners[id]}</button></li>;
  if (!partner) return <ul className="partners">{(Object.keys(partners) as ExchangePartner[]).map(card)}</ul>;
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
