'use client';
import type { ExchangeSessionSource } from '../core/launcher/launcher-source';
import { preloadExchangePartner } from '../partners/preload-partner';
import { useExchangeSessionSettings } from './exchange-session-context';
import { preloadJourneyStep } from './journey-steps';
import { sendCreateRequestAhead, sendSessionRequestAhead } from './requests-ahead';
import { useIsomorphicLayoutEffect } from './use-isomorphic-layout-effect';
import { useResolvedQueryClient } from './use-resolved-query-client';
import { useTask } from './use-task';

/**
 * What a launcher starts in its first commit, before its own code has loaded, in this order: the
 * partner's script and code when the source names the partner (the slowest, so first); the
 * session request or the creation (taken over by the launcher's machine, and aborted if the
 * launcher unmounts first); the first step's code. Chunks come last: their module preloads would
 * queue ahead of the request. Once the launcher's code is loaded (`started`), its machine does
 * all of this itself.
 */
export function useStartAhead(source: ExchangeSessionSource | null | undefined, started: boolean): void {
  const { backend = {}, queryClient, partnerScripts } = useExchangeSessionSettings();
  const client = useResolvedQueryClient(queryClient);
  const partner = source?.partner ?? source?.create;
  const sessionId = source?.sessionId?.trim() ? source.sessionId : undefined;
  const create = source?.create;
  const firstStep = source?.resume ? 'resume' : create || source?.reauthenticate !== undefined ? 'create' : undefined;

  useIsomorphicLayoutEffect(() => {
    if (partner) preloadExchangePartner(partner, partnerScripts).catch(() => undefined);
  }, [partner, partnerScripts]);
  useTask(started ? undefined : sessionId ? `session:${sessionId}` : create && `create:${create}`, (signal) => {
    if (sessionId) sendSessionRequestAhead(client, sessionId, backend, signal);
    else if (create) sendCreateRequestAhead(client, { partner: create }, backend, signal);
  });
  useIsomorphicLayoutEffect(() => {
    if (firstStep) preloadJourneyStep(firstStep);
  }, [firstStep]);
}
