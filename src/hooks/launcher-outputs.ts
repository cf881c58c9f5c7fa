import { callApp } from '../core/app-callback';
import type { LauncherOutput } from '../core/launcher/launcher-state';
import { clearExchangeSessionResume, saveSessionForResume, type ExchangeSessionResumeOptions } from '../core/resume-store';
import type { PartnerScriptOptions } from '../partners/partner-scripts';
import { preloadExchangePartner } from '../partners/preload-partner';
import type { ExchangeSessionCallbacks } from './exchange-session-context';

/** What performing the launcher's outputs reads: the latest callbacks and settings. */
export interface LauncherOutputContext {
  callbacks: ExchangeSessionCallbacks;
  resumeOptions: ExchangeSessionResumeOptions | undefined;
  scriptOptions: PartnerScriptOptions;
}

/** The one reporter: every output of the launcher's machine reaches the app, storage or the network here. */
export function performLauncherOutput(output: LauncherOutput, { callbacks, resumeOptions, scriptOptions }: LauncherOutputContext): void {
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
    case 'redirect':
      callApp(callbacks.onRedirect ?? ((url: string) => { window.location.assign(url); }), output.url);
      return;
    case 'saveResume':
      saveSessionForResume(output.session, resumeOptions);
      return;
    case 'clearResume':
      clearExchangeSessionResume(resumeOptions);
      return;
    case 'preload':
      // A failed preload is forgotten; loading the partner when its session arrives tries again and reports.
      preloadExchangePartner(output.partner, scriptOptions).catch(() => undefined);
      return;
    default:
      output satisfies never;
  }
}
