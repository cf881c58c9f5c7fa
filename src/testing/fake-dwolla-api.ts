import { hal, halAnswer, type FakeDwollaAnswer, type FakeDwollaContext } from './fake-dwolla-answers';
import { fakeDwollaRoutes } from './fake-dwolla-routes';
import { fakeDwollaCredentials, takeFault } from './fake-dwolla-state';

/** One request as the fake Dwolla reads it. */
export interface FakeDwollaCall {
  method: string;
  /** The path as sent, percent-encoded. */
  path: string;
  header(name: string): string | undefined;
  text: string;
}

/** Records the request, then answers it as Dwolla would: token, faults, bearer, version, idempotency, route. */
export async function answerFakeDwolla(context: FakeDwollaContext, call: FakeDwollaCall): Promise<FakeDwollaAnswer> {
  const { state } = context;
  const contentType = call.header('content-type');
  const body = contentType?.includes('json') && call.text ? parseJson(call.text) : call.text || undefined;
  const idempotencyKey = call.header('idempotency-key');
  const path = new URL(call.path, context.baseUrl).pathname;
  state.requests.push({ method: call.method, path, authorization: call.header('authorization'), accept: call.header('accept'), contentType, idempotencyKey, body });

  const fault = takeFault(state, call.method, path);
  if (fault && 'status' in fault) return halAnswer(fault.status, fault.body ?? { code: 'ServerError', message: 'A server error occurred.' });
  if (fault) await (typeof fault.delay === 'number' ? new Promise((resolve) => setTimeout(resolve, fault.delay as number)) : fault.delay);

  if (call.method === 'POST' && path === '/token') return issueToken(context, call);
  const bearer = call.header('authorization')?.replace(/^Bearer /, '');
  if (!bearer || !state.validTokens.has(bearer)) return halAnswer(401, { code: 'ExpiredAccessToken', message: 'Expired access token.' });
  if (call.header('accept') !== hal) return halAnswer(406, { code: 'InvalidVersion', message: 'Missing or invalid Accept header.' });

  const replayKey = call.method === 'POST' && idempotencyKey ? `${path} ${idempotencyKey}` : undefined;
  const replayed = replayKey && state.idempotent.get(replayKey);
  if (replayed) return replayed;
  const answer = fakeDwollaRoutes(context, call.method, path, body);
  if (replayKey && answer.status < 500) state.idempotent.set(replayKey, answer);
  return answer;
}

function issueToken({ state, tokenLifetimeSeconds }: FakeDwollaContext, call: FakeDwollaCall): FakeDwollaAnswer {
  const expected = `Basic ${btoa(`${fakeDwollaCredentials.key}:${fakeDwollaCredentials.secret}`)}`;
  if (call.header('authorization') !== expected || call.text !== 'grant_type=client_credentials') {
    return halAnswer(401, { error: 'invalid_client' }, 'application/json');
  }
  state.tokensIssued += 1;
  const token = `fake-access-token-${String(state.tokensIssued)}`;
  state.validTokens.add(token);
  return halAnswer(200, { access_token: token, token_type: 'bearer', expires_in: tokenLifetimeSeconds }, 'application/json');
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}
