/** A JSON object as parsed, before anything is known of its fields. */
export type JsonObject = Readonly<Record<string, unknown>>;

export function isJsonObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Reads only the object's own field, so a polluted prototype can never supply a value. */
export function ownField(object: JsonObject, key: string): unknown {
  return Object.prototype.hasOwnProperty.call(object, key) ? object[key] : undefined;
}

export function ownObject(object: JsonObject, key: string): JsonObject | undefined {
  const value = ownField(object, key);
  return isJsonObject(value) ? value : undefined;
}

export function ownString(object: JsonObject, key: string): string | undefined {
  const value = ownField(object, key);
  return typeof value === 'string' ? value : undefined;
}

/** `_links[relation].href` of a HAL resource, read from own fields only. */
export function linkHref(resource: JsonObject, relation: string): string | undefined {
  const links = ownObject(resource, '_links');
  const link = links && ownObject(links, relation);
  return link && ownString(link, 'href');
}

/** Marks a body that is not JSON (an HTML error page, an empty or truncated body). */
export const notJson: unique symbol = Symbol('notJson');

/** A response body parsed as JSON, or {@link notJson}. */
export function parseJsonText(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return notJson;
  }
}
