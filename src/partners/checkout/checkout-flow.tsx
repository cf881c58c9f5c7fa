// A namespace import: bundlers turn a missing optional peer into a module without named exports,
// and this chunk must then fail when it loads (partnerUnavailable), not when the app is built.
import * as CheckoutLoader from '@checkout.com/checkout-web-components';
import type { Component } from '@checkout.com/checkout-web-components';
import { useEffect, useMemo, useRef } from 'react';
import { ExchangeSessionError } from '../../core/errors';
import { useLatest } from '../../hooks/use-latest';
import type { PartnerFlowProps } from '../types';
import { usePartnerScript } from '../use-partner-script';
import { checkoutCallbacks } from './checkout-callbacks';
import { checkoutSettings } from './checkout-options';

/** Mounts Checkout.com Flow for debit-card capture (Push to Card) into a container of its own. */
export default function CheckoutFlow({ session, config, report, loading }: PartnerFlowProps<'checkout'>) {
  const container = useRef<HTMLDivElement>(null);
  const settings = useMemo(() => checkoutSettings(session, config.checkout), [session, config.checkout]);
  const settingsError = settings instanceof ExchangeSessionError ? settings : undefined;
  const latestSettings = useLatest(settings);
  // Flow is re-created when what it shows changes, not when an options object is new each render.
  const settingsKey = settingsError ? '' : JSON.stringify(settings);
  const loaded = usePartnerScript('checkout', config, report);

  useEffect(() => {
    if (settingsError) report.fail(settingsError);
  }, [settingsError, report]);

  useEffect(() => {
    const current = latestSettings.current;
    const element = container.current;
    if (!loaded || current instanceof ExchangeSessionError || !element) return;
    const sessionId = session.id;
    let active = true;
    let flow: Component | undefined;
    const start = async () => {
      // StrictMode's simulated unmount follows the first run synchronously: one microtask later
      // that run knows it is over, and Flow is initialised once.
      await Promise.resolve();
      if (!active) return;
      const checkout = await CheckoutLoader.loadCheckoutWebComponents({ ...current, ...checkoutCallbacks(report, sessionId, () => active) });
      if (!active) return;
      flow = checkout.create('flow');
      flow.mount(element);
      report.event({ type: 'opened', partner: 'checkout', sessionId });
    };
    start().catch((cause: unknown) => {
      if (active) report.fail(new ExchangeSessionError('partnerLoadFailed', 'Checkout.com Flow could not be started.', { sessionId, cause }));
    });
    return () => {
      active = false;
      flow?.unmount();
    };
  }, [loaded, settingsKey, latestSettings, session.id, report]);

  if (settingsError) return null;
  return (
    <>
      {!loaded && loading}
      <div ref={container} />
    </>
  );
}
