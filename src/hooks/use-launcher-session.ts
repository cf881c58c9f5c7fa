'use client';
import { useRef, useState, type RefObject } from 'react';
import type { ExchangeSessionCreateRequest } from '../core/create-session';
import type { ExchangeSessionError } from '../core/errors';
import type { ReauthenticationTarget } from '../core/reauth-target';
import type { ExchangeSessionResumeOptions } from '../core/resume-store';
import type { ExchangePartner } from '../core/session';
import type { ExchangeSessionCallbacks, ExchangeSessionConfig } from './exchange-session-context';
import { useCreateRequest } from './use-create-request';
import { useCreatedExchangeSession } from './use-created-exchange-session';
import { useExchangeSession, type UseExchangeSessionOptions, type UseExchangeSessionResult } from './use-exchange-session';
import { useExchangeSessionResume } from './use-exchange-session-resume';
import { useLatest } from './use-latest';
import { useReportOnce } from './use-report-once';

/** Where the launcher's session comes from: given, saved before leaving, created, or renewed. */
export interface LauncherSessionSource {
  sessionId: string | null | undefined;
  partner: ExchangePartner | undefined;
  partnerHint: ExchangePartner | undefined;
  reauthenticate: ReauthenticationTarget | undefined;
  resume: ExchangeSessionResumeOptions | undefined;
  options: UseExchangeSessionOptions & Pick<ExchangeSessionConfig, 'createSession'>;
  callbacks: RefObject<ExchangeSessionCallbacks>;
  /** Called when a session that was valid answers 404: an expiry, like a spent token. */
  onGone: (cause: ExchangeSessionError) => void;
}

/** The launcher's session and how it got it. */
export interface LauncherSession {
  id: string | undefined;
  query: UseExchangeSessionResult;
  /** The partner the session is, or will be: for preloading and renewing. */
  partner: ExchangePartner | undefined;
  /** The exchange being re-authenticated. */
  reauthExchangeId: string | undefined;
  /** Whether there is anything to run: an id, a session to create, a saved one still being read. */
  active: boolean;
  /**
   * The saved MX session the user came back to from MX's redirect: its flow already ran on MX's
   * page, and its URL is spent, so it is not run again.
   */
  returnedFromMx: string | undefined;
  /** A session is being created. */
  creating: boolean;
  /** A session that was valid answered 404 (see `onGone`). */
  gone: boolean;
  /** Why there is no session: a bad `reauthenticate`, a failed creation, a failed fetch (not a gone one). */
  error: ExchangeSessionError | null;
  /** Whether sessions can be created: `createSession` is set and the request is known. */
  canCreate: boolean;
  /** Whether the session was renewed already: renewal happens once per mount. */
  renewed: boolean;
  /** Replaces a spent session with a created one, reported as `sessionRenewed` once it exists. */
  renew: () => void;
  /** Creates another session after a `sessionExpired` error. */
  recreate: () => void;
  /** Tries the failed step again: the creation, or the fetch. */
  retry: () => void;
}

/**
 * The launcher's session: the given id, else the one saved before the user left the page, else
 * one created through `createSession` (with a partner, or to re-authenticate an exchange); a
 * spent one is renewed once, by a created one.
 */
export function useLauncherSession({ sessionId, partner, partnerHint, reauthenticate, resume, options, callbacks, onGone }: LauncherSessionSource): LauncherSession {
  const resuming = resume !== undefined && !sessionId?.trim() && !partner && !reauthenticate;
  const resumed = useExchangeSessionResume(resume, resuming);
  const givenId = sessionId?.trim() ? sessionId : resuming ? resumed.record?.sessionId : undefined;

  const target = useCreateRequest(partner, reauthenticate);
  const creation = useCreatedExchangeSession(givenId ? undefined : target.request, options);
  // Once renewed, the created session replaces the given one.
  const [renewal, setRenewal] = useState<{ from: string; partner: ExchangePartner }>();
  const id = renewal === undefined && givenId ? givenId : creation.sessionId;
  const query = useExchangeSession(id, options);
  const session = query.data;
  const knownPartner = session?.partner ?? partner ?? partnerHint ?? (resuming ? resumed.record?.partner : undefined);
  const renewRequest: ExchangeSessionCreateRequest | undefined = target.request ?? (knownPartner && { partner: knownPartner });
  const canCreate = Boolean(options.createSession && knownPartner && renewRequest);

  const recreate = () => {
    if (renewRequest) creation.create(renewRequest);
  };
  const renew = () => {
    if (!knownPartner) return;
    setRenewal({ from: id ?? '', partner: knownPartner });
    recreate();
  };

  // A 404 for a session that was valid (created here, or loaded before) is an expiry, not a typo.
  const valid = useRef(new Set<string>());
  if (session) valid.current.add(session.id);
  const goneId = query.error?.code === 'notFound' && id && (valid.current.has(id) || id === creation.sessionId) ? id : undefined;
  const latestGone = useLatest(onGone);
  useReportOnce(goneId, () => query.error && latestGone.current(query.error));

  const renewedTo = renewal && !creation.isPending && creation.sessionId !== renewal.from ? creation.sessionId : undefined;
  useReportOnce(renewedTo, (renewed) =>
    callbacks.current.onEvent?.({ type: 'sessionRenewed', partner: renewal!.partner, previousSessionId: renewal!.from, sessionId: renewed }),
  );

  const refetching = query.isError && query.isFetching;
  const { refetch } = query;
  return {
    id,
    query,
    partner: knownPartner,
    reauthExchangeId: target.reauthExchangeId,
    active: Boolean(givenId || partner || reauthenticate || (resuming && !resumed.ready)),
    returnedFromMx: resumed.record?.partner === 'mx' && renewal === undefined ? givenId : undefined,
    creating: creation.isPending,
    gone: goneId !== undefined,
    error: refetching ? null : (target.error ?? creation.error ?? (goneId ? null : query.error)),
    canCreate,
    renewed: renewal !== undefined,
    renew,
    recreate,
    retry: () => (creation.error ? creation.retry() : void refetch()),
  };
}
