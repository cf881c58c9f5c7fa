'use client';
import { useEffect, useState } from 'react';
import { newIdempotencyKey } from '../core/backend/idempotency-key';
import type { ExchangeSessionSource } from '../core/launcher/launcher-source';
import { createSessionRequest } from '../core/session/create-request';
import { normalizeExchangeSessionId } from '../core/session/session-id';
import { exchangeSessionQueryKey, toSessionId } from '../core/session/session-query-key';
import { sessionRequest } from '../core/session/session-request';
import { preloadPartnerScript } from '../partners/preload-script';
import { useExchangeSessionSettings } from './exchange-session-context';
import { creationKey, sessionReadKey, createShellStart, type StartedAhead } from './start-ahead';
import { useIsomorphicLayoutEffect } from './use-isomorphic-layout-effect';
import { useResolvedQueryClient } from './use-resolved-query-client';

/**
 * What a launcher's shell starts in its first commit, before the launcher's own code has loaded:
 * the partner's script's fetch when the source names the partner (the slowest, so first), then
 * the session request or the creation. The code of the partner's flow and of the steps, and the
 * script's run, follow with the launcher's code, well within the request's round trip. The
 * requests are kept for the launcher, which takes them over once it is shown (`launcherShown`: its
 * code and its texts loaded), however late: one start path, one request. The shell lets go of
 * them only when the source changes or it unmounts (a passive effect, which Suspense's hiding
 * leaves in place).
 */
export function useStartAhead(source: ExchangeSessionSource | null | undefined, launcherShown: boolean): StartedAhead {
  const { backend, queryClient, partnerScripts } = useExchangeSessionSettings();
  const client = useResolvedQueryClient(queryClient);
  const partner = source?.partner ?? source?.create;
  const sessionId = source?.sessionId?.trim() ? toSessionId(source.sessionId) : undefined;
  const create = source?.create;
  const key = sessionId !== undefined ? sessionReadKey(sessionId) : create && creationKey({ partner: create });
  const [start] = useState(createShellStart);

  useIsomorphicLayoutEffect(() => {
    if (partner && partner !== 'mx') preloadPartnerScript(partner, partnerScripts);
  }, [partner, partnerScripts]);
  useIsomorphicLayoutEffect(() => {
    const routes = backend ?? {};
    if (!key || launcherShown) return;
    // A session the cache has (a prefetch, another launcher) is read from there.
    if (sessionId !== undefined && !client.getQueryState(exchangeSessionQueryKey(sessionId))) start.send(key, () => sessionRequest(normalizeExchangeSessionId(sessionId), routes), routes);
    if (create) {
      const idempotencyKey = start.idempotencyKey(key) ?? newIdempotencyKey();
      start.send(key, () => createSessionRequest({ partner: create }, routes, idempotencyKey), routes, idempotencyKey);
    }
  }, [start, key, sessionId, create, launcherShown, client, backend]);
  useEffect(() => {
    if (key) return () => start.letGo(key);
  }, [start, key]);
  return start;
}
