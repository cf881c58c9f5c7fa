import type { ComponentType } from 'react';
import type { ExchangeSessionError } from '../core/errors';
import type { ExchangeSessionEvent, ExchangeSessionExit, ExchangeSessionSuccess } from '../core/launch-result';
import type { PartnerConfig } from '../core/partner-config';
import type { ResolvedPresentation } from '../core/presentation/presentation';
import type { ExchangePartner, ExchangeSessionOf } from '../core/session/session';

/**
 * How a partner flow reports back. The launcher hands every flow one stable object whose methods
 * always reach the latest callbacks, so a flow never re-creates its widget when a callback changes.
 */
export interface PartnerReporter {
  success(result: ExchangeSessionSuccess): void;
  exit(info: ExchangeSessionExit): void;
  event(event: ExchangeSessionEvent): void;
  /** An error the widget recovers from (a declined card, Plaid closed on an error): reported only. */
  error(error: ExchangeSessionError): void;
  /** An error that ends the flow: the launcher unmounts it and shows its error state. */
  fail(error: ExchangeSessionError): void;
  /** The session is spent or expired: the launcher renews it once if it can, else fails with `sessionExpired`. */
  expired(cause: ExchangeSessionError): void;
  /** Where MX redirect mode navigates; `window.location.assign` unless the app overrides it. */
  redirect(url: string): void;
}

/** What the launcher passes to every partner flow; it mounts one only once its code and script are loaded. */
export interface PartnerFlowProps<P extends ExchangePartner> {
  session: ExchangeSessionOf<P>;
  config: PartnerConfig;
  /** The texts the flow shows, its locale and appearance (which Checkout.com Flow takes on). */
  presentation: ResolvedPresentation;
  report: PartnerReporter;
}

/** A partner flow: a component that runs one partner's UI for one session. */
export type PartnerFlow<P extends ExchangePartner> = ComponentType<PartnerFlowProps<P>>;

/** A flow of any partner, as the launcher holds it: it renders each only with a session of that flow's partner. */
export type AnyPartnerFlow = ComponentType<PartnerFlowProps<ExchangePartner>>;
