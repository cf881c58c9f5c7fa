// Dwolla's OpenAPI document (vendored in dwolla-openapi/), made into checks of what is sent to
// Dwolla and what it answers: @readme/openapi-parser validates the document and resolves its
// $refs, Ajv validates values against its JSON Schema 2020-12 schemas. Nothing here restates a
// schema of Dwolla's but the one its errors page gives every route.
import { compileErrors, dereference, parse, validate } from '@readme/openapi-parser';
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { fileURLToPath } from 'node:url';
import { notJson, parseJsonText } from '../../src/core/backend/json';
import { documentedAnswer, operationOf, type ApiDocument, type MediaTypes, type Operation, type Schema } from './dwolla-api-operations';

/** A request as it was sent to Dwolla (or the fake). */
export interface SentRequest {
  method: string;
  url: string;
  headers: Headers;
  body: string;
}

/** An answer as it was received. */
export interface ReceivedAnswer {
  status: number;
  headers: Headers;
  body: string;
}

/** Checks against Dwolla's document: each returns what does not conform, in words, or nothing. */
export interface DwollaApiDocument {
  requestProblems(request: SentRequest): string[];
  answerProblems(request: Pick<SentRequest, 'method' | 'url'>, answer: ReceivedAnswer): string[];
}

const dwollaMediaType = 'application/vnd.dwolla.v1.hal+json';
const documentPath = fileURLToPath(new URL('./dwolla-openapi/openapi.yaml', import.meta.url));

/** Dwolla's errors page: any route may answer these, with a body of a `code` and a `message`. 415 is Dwolla's for a body in another media type. */
const apiWideStatuses: ReadonlySet<number> = new Set([400, 401, 403, 404, 405, 406, 415, 500]);
const apiWideError: MediaTypes = {
  'application/vnd.dwolla.v1.hal+json': { schema: { type: 'object', required: ['code', 'message'], properties: { code: { type: 'string' }, message: { type: 'string' } } } },
};

let loading: Promise<DwollaApiDocument> | undefined;

/** Dwolla's document, read once per test file (about half a second). */
export function loadDwollaApiDocument(): Promise<DwollaApiDocument> {
  loading ??= load();
  return loading;
}

async function load(): Promise<DwollaApiDocument> {
  const parsed = await parse(documentPath);
  const checked = await validate(structuredClone(parsed));
  if (!checked.valid) throw new Error(`Dwolla's OpenAPI document does not validate:\n${compileErrors(checked)}`);
  // The document's oneOf lists overlapping shapes with no discriminator (every error with a code and
  // a message, a session with or without redirect-url), so that no value would match exactly one:
  // each is read as "one of these shapes", anyOf.
  const document = (await dereference(oneOfAsAnyOf(parsed) as typeof parsed)) as unknown as ApiDocument;
  const schemas = schemaValidator();

  const bodyProblems = (content: MediaTypes | undefined, contentType: string | null, body: string, what: string, sent = false): string[] => {
    const types = Object.keys(content ?? {});
    if (types.length === 0) return body === '' ? [] : [`${what} has a body, which the document does not give it`];
    if (body === '') return [`${what} has no body; the document gives it ${types.join(' or ')}`];
    const type = contentType?.split(';')[0]?.trim().toLowerCase() ?? '';
    // Dwolla reads its own media type wherever it reads JSON: the document gives a few requests
    // (POST /funding-sources/{id}) application/json alone, where Dwolla's pages send its own.
    const media = content?.[type] ?? (sent && type === dwollaMediaType ? content?.['application/json'] : undefined);
    if (!media) return [`${what} is ${type || 'of no media type'}; the document gives it ${types.join(' or ')}`];
    const value = type === 'application/x-www-form-urlencoded' ? Object.fromEntries(new URLSearchParams(body)) : parseJsonText(body);
    if (value === notJson) return [`${what}'s body is not JSON`];
    return media.schema ? schemas.problems(media.schema, value, what) : [];
  };

  return {
    requestProblems({ method, url, headers, body }) {
      const path = new URL(url).pathname;
      const operation = operationOf(document, method, path);
      const what = `${method} ${path}`;
      if (!operation) return [`${what} is no operation of Dwolla's API`];
      const problems = [...authorizationProblems(document, operation, headers, what)];
      for (const { name, in: where, required, schema } of operation.parameters ?? []) {
        if (where !== 'header') continue;
        const value = headers.get(name);
        if (value === null) problems.push(...(required ? [`${what} has no ${name} header`] : []));
        else if (schema) problems.push(...schemas.problems(schema, value, `${what}'s ${name} header`));
      }
      const { requestBody } = operation;
      if (body === '' && requestBody?.required) return [...problems, `${what} has no body; the document requires one`];
      return [...problems, ...bodyProblems(requestBody?.content, headers.get('content-type'), body, what, true)];
    },

    answerProblems({ method, url }, { status, headers, body }) {
      const path = new URL(url).pathname;
      const operation = operationOf(document, method, path);
      const what = `${method} ${path} → ${String(status)}`;
      const answer = operation && documentedAnswer(operation, status);
      if (!answer && !apiWideStatuses.has(status)) return [`${what}: the document gives ${operation ? 'this operation' : 'no such operation'} no such answer`];
      const headerProblems = Object.entries(answer?.headers ?? {}).flatMap(([name, { schema }]) => {
        const value = headers.get(name);
        if (value === null) return [`${what} has no ${name} header`];
        return schema ? schemas.problems(schema, value, `${what}'s ${name} header`) : [];
      });
      return [...headerProblems, ...bodyProblems(answer ? answer.content : apiWideError, headers.get('content-type'), body, what)];
    },
  };
}

/** Ajv for the document's dialect (JSON Schema 2020-12) and formats, each schema compiled once. */
function schemaValidator() {
  // Not strict: the document's schemas carry OpenAPI's own keywords (example, x-…).
  const ajv = new Ajv2020({ strict: false, allErrors: true, logger: false });
  addFormats(ajv);
  ajv.addFormat('int32', { type: 'number', validate: (n: number) => Number.isInteger(n) && Math.abs(n) <= 2 ** 31 });
  ajv.addFormat('int64', { type: 'number', validate: Number.isInteger });
  const compiled = new WeakMap<Schema, ValidateFunction>();
  return {
    problems(schema: Schema, value: unknown, what: string): string[] {
      const check = compiled.get(schema) ?? ajv.compile(schema);
      compiled.set(schema, check);
      if (check(value)) return [];
      return (check.errors ?? []).map(({ instancePath, message }) => `${what}${instancePath ? ` ${instancePath}` : ''}: ${message ?? 'does not conform'}`);
    },
  };
}

function oneOfAsAnyOf(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(oneOfAsAnyOf);
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key === 'oneOf' ? 'anyOf' : key, oneOfAsAnyOf(inner)]));
}

function authorizationProblems(document: ApiDocument, operation: Operation, headers: Headers, what: string): string[] {
  const schemes = (operation.security ?? document.security ?? []).flatMap((requirement) => Object.keys(requirement));
  // OAuth client credentials send the token as a Bearer; /token's `basicAuth` is not declared in the document, its name says HTTP Basic.
  const prefixes = schemes.map((name) => (document.components?.securitySchemes?.[name]?.type === 'oauth2' ? 'Bearer ' : 'Basic '));
  const authorization = headers.get('authorization') ?? '';
  return prefixes.length === 0 || prefixes.some((prefix) => authorization.startsWith(prefix)) ? [] : [`${what} has no ${prefixes.join('or ')}Authorization`];
}
