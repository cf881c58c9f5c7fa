import { isJsonObject, linkHref, ownField, ownObject, ownString } from './json';

/** One entry of a Dwolla validation error's `_embedded.errors`. */
export interface DwollaErrorDetail {
  code: string;
  message: string;
  /** The JSON pointer of the offending field, like `/amount/value`. */
  path?: string;
}

/** Dwolla's HAL error body, as the app's backend may pass it through. */
export interface DwollaErrorBody {
  /** Dwolla's error code, like `NotFound`, `ValidationError` or `UpdateCredentials`. */
  code: string;
  message: string;
  /** The field-level errors of a validation error; empty when Dwolla sent none. */
  errors: DwollaErrorDetail[];
  /**
   * `_links.about.href`: the resource the error is about, such as the existing funding source of
   * a `DuplicateResource`, or the exchange of an `UpdateCredentials`.
   */
  about?: string;
}

/** Reads a Dwolla error body from any JSON value; `undefined` when it is not one. */
export function readDwollaErrorBody(json: unknown): DwollaErrorBody | undefined {
  if (!isJsonObject(json)) return undefined;
  const code = ownString(json, 'code');
  const message = ownString(json, 'message');
  if (code === undefined || message === undefined) return undefined;
  const embedded = ownObject(json, '_embedded');
  const list = embedded && ownField(embedded, 'errors');
  const errors = Array.isArray(list) ? list.flatMap(readDetail) : [];
  const about = linkHref(json, 'about');
  return about ? { code, message, errors, about } : { code, message, errors };
}

function readDetail(item: unknown): DwollaErrorDetail[] {
  if (!isJsonObject(item)) return [];
  const code = ownString(item, 'code');
  const message = ownString(item, 'message');
  if (code === undefined || message === undefined) return [];
  const path = ownString(item, 'path');
  return [path === undefined ? { code, message } : { code, message, path }];
}
