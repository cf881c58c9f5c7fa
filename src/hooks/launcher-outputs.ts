import { callApp } from '../core/app-callback';
import type { ExchangeSessionCallbacks } from '../core/launcher/launcher-callbacks';
import type { LauncherOutput } from '../core/launcher/launcher-state';
import type { PartnerScriptOptions } from '../core/partner-config';
import { preloadPartner } from '../partners/preload-partner';
import { journeySteps, preloadJourneyStep, wasStepRequested } from './journey-steps';

/** What performing the launcher's outputs needs: the app's latest callbacks, the script options. */
export interface LauncherOutputContext {
  callbacks: ExchangeSessionCallbacks;
  scriptOptions: PartnerScriptOptions;
}

// The last save of a session before its flow leaves the page: a redirect waits for it.
let saving: Promise<unknown> = Promise.resolve();

/**
 * Performs one output of the launcher's machine: calls the app back (a callback that throws is
 * reported, and the flow goes on), saves or forgets the journey for a resume, starts a preload.
 */
export function performLauncherOutput(output: LauncherOutput, { callbacks, scriptOptions }: LauncherOutputContext): void {
  switch (output.type) {
    case 'success':
      callApp(callbacks.onSuccess, output.result);
      return;
    case 'exit':
      callApp(callbacks.onExit, output.info);
      return;
    case 'error':
      callApp(callbacks.onError, output.error);
      return;
    case 'event':
      callApp(callbacks.onEvent, output.event);
      return;
    case 'complete':
      callApp(callbacks.onComplete, output.completion);
      return;
    case 'redirect': {
      const redirect = () => callApp(callbacks.onRedirect ?? ((url: string) => { window.location.assign(url); }), output.url);
      void saving.then(redirect, redirect);
      return;
    }
    case 'saveResume':
      saving = journeySteps.resume().then(({ saveExchangeSessionResume }) => { saveExchangeSessionResume(output.record); });
      return;
    case 'clearResume':
      // Nothing was saved or read on this page unless the resume step was loaded.
      if (wasStepRequested('resume')) void journeySteps.resume().then(({ clearExchangeSessionResume }) => { clearExchangeSessionResume(); });
      return;
    case 'preload':
      // A failed preload is forgotten; loading the partner when its session arrives tries again and reports.
      preloadPartner(output.partner, scriptOptions).catch(() => undefined);
      return;
    case 'preloadSteps':
      if (output.steps.resume) preloadJourneyStep('resume');
      if (output.steps.complete) preloadJourneyStep('complete');
      return;
    default:
      output satisfies never;
  }
}
