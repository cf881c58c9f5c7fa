import { notJson, parseJsonText } from '../core/backend/json';
import { errorAnswer, halAnswer, type FakeDwollaAnswer, type FakeDwollaContext } from './fake-dwolla-answers';
import { allowedMethods, fakeDwollaRoutes } from './fake-dwolla-routes';
import { fakeDwollaCredentials, takeFault } from './fake-dwolla-state';
import { dwollaMediaType } from './hal-link';

/** One request as the fake Dwolla reads it. */
export interface FakeDwollaCall {
  method: string;
  /** The path as sent, percent-encoded. */
  path: string;
  header(name: string): string | undefined;
  text: string;
}

/** The media types Dwolla answers in (`Accept`) and reads request bodies in (`Content-Type`). */
const jsonTypes: ReadonlySet<string> = new Set([dwollaMediaType, 'application/json']);
const mediaTypes = (header: string | undefined) => (header ?? '').split(',').map((type) => (type.split(';')[0] ?? '').trim().toLowerCase());

/**
 * Records the request, then answers it as Dwolla would: faults, token, access token, `Accept`,
 * method, `Content-Type`, body syntax, idempotency, route.
 */
export async function answerFakeDwolla(context: FakeDwollaContext, call: FakeDwollaCall): Promise<FakeDwollaAnswer> {
  const { state } = context;
  const contentType = call.header('content-type');
  const isJson = mediaTypes(contentType).some((type) => jsonTypes.has(type));
  const body = isJson && call.text ? parseJsonText(call.text) : call.text || undefined;
  const idempotencyKey = call.header('idempotency-key');
  const { pathname: path, searchParams: query } = new URL(call.path, context.baseUrl);
  const recorded = body === notJson ? call.text : body;
  state.requests.push({ method: call.method, path, authorization: call.header('authorization'), accept: call.header('accept'), contentType, idempotencyKey, body: recorded });

  const fault = takeFault(state, call.method, path);
  if (fault && 'status' in fault) return halAnswer(fault.status, fault.body ?? { code: 'ServerError', message: 'A server error occurred.' });
  if (fault) await (typeof fault.delay === 'number' ? new Promise((resolve) => setTimeout(resolve, fault.delay as number)) : fault.delay);

  if (call.method === 'POST' && path === '/token') return issueToken(context, call);
  const refused = refusedAccessToken(context, call.header('authorization'));
  if (refused) return refused;
  if (!mediaTypes(call.header('accept')).some((type) => jsonTypes.has(type))) return errorAnswer(406, 'InvalidVersion', 'Missing or invalid API version.');
  const allowed = allowedMethods(path);
  if (allowed && !allowed.includes(call.method)) {
    return { ...errorAnswer(405, 'MethodNotAllowed', `${call.method} is not allowed here.`), headers: { 'Content-Type': dwollaMediaType, Allow: allowed.join(', ') } };
  }
  if (call.text && !isJson) return errorAnswer(415, 'UnsupportedMediaType', `Content-Type must be ${dwollaMediaType} or application/json.`);
  if (body === notJson) return errorAnswer(400, 'BadRequest', 'The request body contains bad syntax or is incomplete.');

  const replayKey = call.method === 'POST' && idempotencyKey ? `${path} ${idempotencyKey}` : undefined;
  const replayed = replayKey && state.idempotent.get(replayKey);
  if (replayed) return replayed;
  const answer = fakeDwollaRoutes(context, call.method, path, query, body);
  if (replayKey && answer.status < 500) state.idempotent.set(replayKey, answer);
  return answer;
}

/** Dwolla's `401` for a request without a usable access token: none, one it never issued, one past its lifetime. */
function refusedAccessToken({ state, now }: FakeDwollaContext, authorization: string | undefined): FakeDwollaAnswer | undefined {
  const bearer = /^Bearer (\S+)$/.exec(authorization ?? '')?.[1];
  if (!bearer) return errorAnswer(401, 'InvalidCredentials', 'Missing or invalid Authorization header.');
  const expiresAt = state.tokens.get(bearer);
  if (expiresAt === undefined) return errorAnswer(401, 'InvalidAccessToken', 'Invalid access token.');
  if (now().getTime() >= expiresAt) return errorAnswer(401, 'ExpiredAccessToken', 'Expired access token.');
  return undefined;
}

/** `POST /token`: the application's key and secret by HTTP Basic, or in the form as Dwolla's own Node client sends them. */
function issueToken({ state, tokenLifetimeSeconds, now }: FakeDwollaContext, call: FakeDwollaCall): FakeDwollaAnswer {
  const form = new URLSearchParams(call.text);
  const basic = `Basic ${btoa(`${fakeDwollaCredentials.key}:${fakeDwollaCredentials.secret}`)}`;
  const inForm = form.get('client_id') === fakeDwollaCredentials.key && form.get('client_secret') === fakeDwollaCredentials.secret;
  if ((call.header('authorization') !== basic && !inForm) || form.get('grant_type') !== 'client_credentials') {
    return halAnswer(401, { error: 'invalid_client' }, 'application/json');
  }
  const token = `fake-access-token-${String(state.tokens.size + 1)}`;
  state.tokens.set(token, now().getTime() + tokenLifetimeSeconds * 1000);
  return halAnswer(200, { access_token: token, token_type: 'bearer', expires_in: tokenLifetimeSeconds }, 'application/json');
}
