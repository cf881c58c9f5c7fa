'use client';
import type { ExchangeSessionSource } from '../core/launcher/launcher-source';
import { launcherView, type ExchangeSessionLauncherState } from './launcher-view';
import { useLauncher, type UseExchangeSessionLauncherOptions } from './use-launcher';

export type { ExchangeSessionCallbacks } from '../core/launcher/launcher-callbacks';
export type { ExchangeSessionSource } from '../core/launcher/launcher-source';
export type { ExchangeSessionLauncherStatus } from '../core/launcher/launcher-state';
export type { CompleteOption } from '../core/exchange/funding-source';
export type { ExchangeBillingDetailsRequest, ExchangeConnectionChoice, ExchangeSessionLauncherState } from './launcher-view';
export type { UseExchangeSessionLauncherOptions } from './use-launcher';

/**
 * Fetches an exchange session and runs the partner flow its shape calls for, with one set of
 * callbacks for MX, Plaid and Checkout.com. Its decisions are one state machine
 * (`core/launcher/launcher-machine.ts`), run by a React-free service that owns its work: React
 * hiding, revealing or mounting the launcher again never sends a request twice. Callbacks are
 * always the latest ones passed; changing them never re-creates a widget.
 *
 * @example
 * ```tsx
 * const { flow, status, error, retry } = useExchangeSessionLauncher({ sessionId: id }, { onSuccess: save });
 * return status === 'error' ? <button onClick={retry}>{error.message}</button> : flow;
 * ```
 */
export function useExchangeSessionLauncher(source: ExchangeSessionSource | null | undefined, options: UseExchangeSessionLauncherOptions = {}): ExchangeSessionLauncherState {
  const { service, state, flow } = useLauncher(source, options);
  return launcherView(service, state, flow, options.complete);
}
