'use client';
import { useMutation } from '@tanstack/react-query';
import { useCallback, useEffect, useRef } from 'react';
import { createRequestKey } from '../core/session/create-request';
import { createExchangeSession, type CreatedExchangeSession } from '../core/session/create-session';
import type { ExchangeSessionCreateRequest } from '../core/backend/endpoints';
import type { ExchangeSessionError } from '../core/errors';
import { exchangeSessionQueryKey } from '../core/session/session-query-key';
import type { ExchangeSession } from '../core/session/session';
import { useExchangeSessionSettings } from './exchange-session-context';
import { useLatest } from './use-latest';
import { useResolvedQueryClient } from './use-resolved-query-client';

/** What {@link useCreateExchangeSession} returns. */
export interface UseCreateExchangeSessionResult {
  /** The new session's id, once created. */
  sessionId: string | undefined;
  /** The new session, when the backend answered with it (the `/server` handler does); it is in the query cache too. */
  session: ExchangeSession | undefined;
  error: ExchangeSessionError | null;
  isPending: boolean;
  /** Asks again with the last request. */
  retry: () => void;
  /** Asks for a session now, whatever `request` says. */
  create: (request: ExchangeSessionCreateRequest) => void;
}

/**
 * Creates an exchange session through the app's backend (`POST {basePath}`, a TanStack mutation)
 * — a new one with a partner, or a re-authentication session for an exchange — exactly once per
 * mount and request, StrictMode's second effect run included. Nothing happens while `request` is
 * undefined. A session the backend answers with is put in the query cache, so that
 * `useExchangeSession(sessionId)` has it without a second request.
 *
 * @example
 * ```tsx
 * const { sessionId } = useCreateExchangeSession({ partner: 'plaid' });
 * ```
 */
export function useCreateExchangeSession(request: ExchangeSessionCreateRequest | undefined): UseCreateExchangeSessionResult {
  const { backend, queryClient } = useExchangeSessionSettings();
  const client = useResolvedQueryClient(queryClient);
  const mutation = useMutation<CreatedExchangeSession, ExchangeSessionError, ExchangeSessionCreateRequest>(
    {
      mutationFn: (wanted) => createExchangeSession(wanted, backend),
      onSuccess: ({ sessionId, session }) => {
        if (session) client.setQueryData(exchangeSessionQueryKey(sessionId), session);
      },
    },
    client,
  );
  const { mutate, variables } = mutation;
  const requested = useRef<string>(undefined);
  const key = request && createRequestKey(request);
  const latestRequest = useLatest(request);

  useEffect(() => {
    if (!key || requested.current === key) return;
    requested.current = key;
    if (latestRequest.current) mutate(latestRequest.current);
  }, [key, mutate, latestRequest]);

  const retry = useCallback(() => {
    const last = variables ?? latestRequest.current;
    if (last) mutate(last);
  }, [variables, mutate, latestRequest]);

  return { sessionId: mutation.data?.sessionId, session: mutation.data?.session, error: mutation.error, isPending: mutation.isPending, retry, create: mutate };
}
