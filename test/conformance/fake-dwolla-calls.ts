import { afterEach, beforeEach, expect } from 'vitest';
import { fakeDwollaCredentials, startFakeDwolla, type FakeDwolla, type FakeDwollaOptions } from '../../src/testing';
import { loadDwollaApiDocument } from './dwolla-api-document';

const hal = 'application/vnd.dwolla.v1.hal+json';

/** The customers the tests' fakes hold: obviously fake. */
export const customerId = 'fa4e0003-0000-4000-8000-0000000c0f01';
export const otherCustomerId = 'fa4e0003-0000-4000-8000-0000000c0f02';

/** A HAL link as Dwolla writes one. */
export const halLink = (href: string, resourceType: string) => ({ href, type: hal, 'resource-type': resourceType });

/** An answer of the fake, read. */
export interface FakeAnswer {
  status: number;
  headers: Headers;
  /** The parsed body; `undefined` when there is none. */
  json: unknown;
}

/** How a request differs from a well-formed one. */
export interface CallOptions {
  /** An object is sent as JSON, a string as it is. */
  body?: unknown;
  /** Over the defaults (a valid access token, Dwolla's media type as `Accept` and `Content-Type`); `null` leaves one out. */
  headers?: Record<string, string | null>;
}

/** `fetch`, and the answer checked against Dwolla's document: a test fails at any answer Dwolla would not give. */
export async function conformingFetch(method: string, url: string, headers: Record<string, string>, body: string | undefined): Promise<FakeAnswer> {
  const response = await fetch(url, { method, headers, body });
  const text = await response.text();
  const problems = (await loadDwollaApiDocument()).answerProblems({ method, url }, { status: response.status, headers: response.headers, body: text });
  expect(problems, `the fake's answer to ${method} ${new URL(url).pathname}, against Dwolla's document`).toEqual([]);
  return { status: response.status, headers: response.headers, json: text ? JSON.parse(text) : undefined };
}

/**
 * A fake Dwolla for each test, holding {@link customerId} and {@link otherCustomerId} unless
 * `options` say otherwise, and requests to its API whose answers must conform.
 */
export function fakeDwollaPerTest(options: FakeDwollaOptions = {}) {
  let fake: FakeDwolla;
  let token: string | undefined;
  beforeEach(async () => {
    fake = await startFakeDwolla({ customers: [customerId, otherCustomerId], ...options });
    token = undefined;
  });
  afterEach(() => fake.close());

  async function accessToken(): Promise<string> {
    const basic = `Basic ${btoa(`${fakeDwollaCredentials.key}:${fakeDwollaCredentials.secret}`)}`;
    const { json } = await conformingFetch('POST', `${fake.baseUrl}/token`, { Authorization: basic, 'Content-Type': 'application/x-www-form-urlencoded' }, 'grant_type=client_credentials');
    return (json as { access_token: string }).access_token;
  }

  async function send(method: string, path: string, { body, headers = {} }: CallOptions = {}): Promise<FakeAnswer> {
    token ??= await accessToken();
    const defaults = { Authorization: `Bearer ${token}`, Accept: hal, ...(body !== undefined && { 'Content-Type': hal }) };
    const all: Record<string, string | null> = { ...defaults, ...headers };
    const sent = Object.entries(all).filter((entry): entry is [string, string] => entry[1] !== null);
    return conformingFetch(method, `${fake.baseUrl}${path}`, Object.fromEntries(sent), typeof body === 'string' || body === undefined ? body : JSON.stringify(body));
  }

  /** Creates `customer`'s Plaid exchange (a Checkout.com one with `token`); returns its id. */
  async function createExchange(customer = customerId, token?: string): Promise<string> {
    const body = token
      ? { _links: { 'exchange-partner': { href: fake.partnerHref('checkout') } }, token }
      : { _links: { 'exchange-partner': { href: fake.partnerHref('plaid') } }, plaid: { publicToken: 'public-sandbox-fake' } };
    const { status, headers } = await send('POST', `/customers/${customer}/exchanges`, { body });
    expect(status).toBe(201);
    return headers.get('location')?.split('/').pop() ?? '';
  }

  return {
    get fake() {
      return fake;
    },
    send,
    createExchange,
    get: (path: string, call?: CallOptions) => send('GET', path, call),
    post: (path: string, body: unknown, call?: CallOptions) => send('POST', path, { ...call, body }),
  };
}
