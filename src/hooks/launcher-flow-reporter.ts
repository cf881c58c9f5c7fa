import type { LauncherEvent } from '../core/launcher/launcher-state';
import type { PartnerReporter } from '../partners/types';

/** What a running partner flow reports, as the launcher machine's events. */
export function launcherFlowReporter(send: (event: LauncherEvent) => void): PartnerReporter {
  return {
    success: (result) => send({ type: 'flowSucceeded', result }),
    exit: (info) => send({ type: 'flowExited', info }),
    event: (event) => send({ type: 'flowEvent', event }),
    error: (error) => send({ type: 'flowError', error }),
    fail: (error) => send({ type: 'flowFailed', error }),
    expired: (cause) => send({ type: 'flowExpired', cause }),
    redirect: (url) => send({ type: 'flowRedirect', url }),
  };
}
