'use client';
import { useMutation } from '@tanstack/react-query';
import { useCallback, useEffect, useRef } from 'react';
import { requestExchangeSession, type ExchangeSessionCreateEndpoint } from '../core/create-session';
import { ExchangeSessionError } from '../core/errors';
import type { ExchangePartner } from '../core/session';
import { useExchangeSessionConfig, type ExchangeSessionConfig } from './exchange-session-context';
import { useResolvedQueryClient } from './use-resolved-query-client';

/** Options of {@link useCreatedExchangeSession}; each one overrides the `ExchangeSessionProvider`'s. */
export type UseCreatedExchangeSessionOptions = Pick<ExchangeSessionConfig, 'createSession' | 'headers' | 'credentials' | 'fetch' | 'queryClient'>;

/** What {@link useCreatedExchangeSession} returns. */
export interface CreatedExchangeSession {
  /** The new session's id, once the backend created it. */
  sessionId: string | undefined;
  error: ExchangeSessionError | null;
  isPending: boolean;
  /** Asks the backend again, for the partner last asked for. */
  retry: () => void;
  /** Asks the backend for a session with `partner` (the launcher's renewal). */
  create: (partner: ExchangePartner) => void;
}

/**
 * Creates an exchange session with `partner` through the app's backend (a TanStack mutation),
 * exactly once per mount, StrictMode's second effect run included. Nothing happens while
 * `partner` is undefined.
 */
export function useCreatedExchangeSession(
  partner: ExchangePartner | undefined,
  options: UseCreatedExchangeSessionOptions = {},
): CreatedExchangeSession {
  const { createSession, headers, credentials, fetch, queryClient } = useExchangeSessionConfig(options);
  const mutation = useMutation<string, ExchangeSessionError, ExchangePartner>(
    {
      mutationFn: (wanted) => requestExchangeSession(wanted, { createSession: createSession ?? missingCreateSession, headers, credentials, fetch }),
    },
    useResolvedQueryClient(queryClient),
  );
  const { mutate, variables } = mutation;
  const requested = useRef<ExchangePartner>(undefined);

  useEffect(() => {
    if (!partner || requested.current === partner) return;
    requested.current = partner;
    mutate(partner);
  }, [partner, mutate]);

  const retry = useCallback(() => {
    const last = variables ?? partner;
    if (last) mutate(last);
  }, [variables, partner, mutate]);

  return { sessionId: mutation.data, error: mutation.error, isPending: mutation.isPending, retry, create: mutate };
}

const missingCreateSession: ExchangeSessionCreateEndpoint = async () => {
  throw new ExchangeSessionError(
    'configuration',
    'No createSession endpoint: pass createSession="/api/exchange-sessions" to the launcher or its provider to create sessions by partner.',
  );
};
