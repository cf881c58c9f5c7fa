// The parts of an OpenAPI 3.1 document the conformance checks read, and how a request finds its operation.

/** A JSON Schema of the document, dereferenced. */
export type Schema = object;

/** A `content` map: media type → schema. */
export type MediaTypes = Readonly<Record<string, { schema?: Schema }>>;

/** One documented answer of an operation. */
export interface DocumentedAnswer {
  content?: MediaTypes;
  headers?: Readonly<Record<string, { schema?: Schema }>>;
}

/** One operation: a method on a path. */
export interface Operation {
  security?: ReadonlyArray<Readonly<Record<string, unknown>>>;
  parameters?: ReadonlyArray<{ name: string; in: 'path' | 'query' | 'header' | 'cookie'; required?: boolean; schema?: Schema }>;
  requestBody?: { required?: boolean; content: MediaTypes };
  responses?: Readonly<Record<string, DocumentedAnswer>>;
}

/** The document, dereferenced. */
export interface ApiDocument {
  security?: ReadonlyArray<Readonly<Record<string, unknown>>>;
  components?: { securitySchemes?: Readonly<Record<string, { type?: string }>> };
  paths: Readonly<Record<string, Readonly<Record<string, Operation>>>>;
}

const templates = new WeakMap<ApiDocument, ReadonlyArray<{ template: string; pattern: RegExp }>>();

/**
 * The operation for `method` on `path`: a path without templating wins over a templated one, as
 * OpenAPI says; a template's `{param}` takes one segment.
 */
export function operationOf(document: ApiDocument, method: string, path: string): Operation | undefined {
  let list = templates.get(document);
  if (!list) {
    list = Object.keys(document.paths)
      .map((template) => ({ template, pattern: new RegExp(`^${template.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{[^}]+\}/g, '[^/]+')}$`) }))
      .sort((a, b) => Number(a.template.includes('{')) - Number(b.template.includes('{')));
    templates.set(document, list);
  }
  const match = list.find(({ pattern }) => pattern.test(path));
  return match && document.paths[match.template]?.[method.toLowerCase()];
}

/** The answer the operation documents for `status`: exact, then `4XX`-style, then `default`. */
export function documentedAnswer(operation: Operation, status: number): DocumentedAnswer | undefined {
  const { responses = {} } = operation;
  return responses[String(status)] ?? responses[`${String(status).charAt(0)}XX`] ?? responses.default;
}
