// A namespace import: bundlers turn a missing optional peer into a module without named exports,
// and this chunk must then fail when it loads (partnerUnavailable), not when the app is built.
import * as CheckoutLoader from '@checkout.com/checkout-web-components';
import type { Component } from '@checkout.com/checkout-web-components';
import { useEffect, useRef } from 'react';
import { ExchangeSessionError } from '../../core/errors';
import type { PartnerFlowProps } from '../types';
import { flowAppearance } from './checkout-appearance';
import { checkoutCallbacks } from './checkout-callbacks';
import { checkoutSettings, type CheckoutSettings } from './checkout-options';

/** Mounts Checkout.com Flow for debit-card capture (Push to Card) into a container of its own. */
export default function CheckoutFlow({ session, config, presentation, report }: PartnerFlowProps<'checkout'>) {
  const container = useRef<HTMLDivElement>(null);
  const settings = checkoutSettings(session, { locale: presentation.locale, ...config.checkout });
  const settingsError = settings instanceof ExchangeSessionError ? settings : undefined;
  // Flow is re-created when what it shows changes, not when an options object is new each
  // render: the effect runs per serialised settings, and starts Flow from that very text. The
  // appearance is read from the page where Flow mounts, so its source is part of that text.
  const settingsJson = settingsError ? undefined : JSON.stringify({ settings, appearance: presentation.appearance });

  useEffect(() => {
    if (settingsError) report.fail(settingsError);
  }, [settingsError, report]);

  useEffect(() => {
    const element = container.current;
    if (settingsJson === undefined || !element) return;
    const { settings: current } = JSON.parse(settingsJson) as { settings: CheckoutSettings };
    // The page's look, resolved where Flow mounts; the app's own `checkout.appearance` wins.
    const appearance = { ...flowAppearance(element), ...current.appearance };
    const sessionId = session.id;
    let active = true;
    const isActive = () => active;
    let flow: Component | undefined;
    const start = async () => {
      // StrictMode's simulated unmount follows the first run synchronously: one microtask later
      // that run knows it is over, and Flow is initialised once.
      await Promise.resolve();
      if (!isActive()) return;
      const checkout = await CheckoutLoader.loadCheckoutWebComponents({
        ...current,
        ...(Object.keys(appearance).length > 0 && { appearance }),
        ...checkoutCallbacks(report, sessionId, isActive),
      });
      if (!isActive()) return;
      flow = checkout.create('flow');
      flow.mount(element);
      report.event({ type: 'opened', partner: 'checkout', sessionId });
    };
    start().catch((cause: unknown) => {
      if (isActive()) report.fail(new ExchangeSessionError('partnerLoadFailed', 'Checkout.com Flow could not be started.', { sessionId, cause }));
    });
    return () => {
      active = false;
      flow?.unmount();
    };
  }, [settingsJson, session.id, report]);

  if (settingsError) return null;
  return <div ref={container} className="dwx-checkout" data-part="checkout-frame" />;
}
