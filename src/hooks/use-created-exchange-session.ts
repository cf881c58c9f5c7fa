'use client';
import { useMutation } from '@tanstack/react-query';
import { useCallback, useEffect, useRef } from 'react';
import {
  createRequestKey,
  requestExchangeSession,
  type ExchangeSessionCreateRequest,
} from '../core/create-session';
import type { ExchangeSessionError } from '../core/errors';
import { useExchangeSessionConfig, type ExchangeSessionConfig } from './exchange-session-context';
import { missingEndpoint } from './missing-endpoint';
import { useLatest } from './use-latest';
import { useResolvedQueryClient } from './use-resolved-query-client';

/** Options of {@link useCreatedExchangeSession}; each one overrides the `ExchangeSessionProvider`'s. */
export type UseCreatedExchangeSessionOptions = Pick<ExchangeSessionConfig, 'createSession' | 'headers' | 'credentials' | 'fetch' | 'queryClient'>;

/** What {@link useCreatedExchangeSession} returns. */
export interface CreatedExchangeSession {
  /** The new session's id, once the backend created it. */
  sessionId: string | undefined;
  error: ExchangeSessionError | null;
  isPending: boolean;
  /** Asks the backend again, with the request last sent. */
  retry: () => void;
  /** Asks the backend for another session (the launcher's renewal). */
  create: (request: ExchangeSessionCreateRequest) => void;
}

/**
 * Creates an exchange session through the app's backend (a TanStack mutation) — a new one with a
 * partner, or a re-authentication session for an exchange — exactly once per mount and request,
 * StrictMode's second effect run included. Nothing happens while `request` is undefined.
 */
export function useCreatedExchangeSession(
  request: ExchangeSessionCreateRequest | undefined,
  options: UseCreatedExchangeSessionOptions = {},
): CreatedExchangeSession {
  const { createSession, headers, credentials, fetch, queryClient } = useExchangeSessionConfig(options);
  const mutation = useMutation<string, ExchangeSessionError, ExchangeSessionCreateRequest>(
    {
      mutationFn: (wanted) => requestExchangeSession(wanted, { createSession: createSession ?? missingEndpoint('createSession', '/api/exchange-sessions'), headers, credentials, fetch }),
    },
    useResolvedQueryClient(queryClient),
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

  return { sessionId: mutation.data, error: mutation.error, isPending: mutation.isPending, retry, create: mutate };
}
