import type { OriginCheck } from './origin-check';
import { maxBodyBytes } from './request-body';

/** What `toNodeHandler` applies to a handler's requests before the handler itself runs. */
export interface AdapterRules {
  /** The handler's own `Origin` check, applied before anything else. */
  fromAllowedOrigin: OriginCheck;
  /** The most bytes a request body may have: `413` past it, before the body is read whole. */
  maxBodyBytes: number;
  /** The methods the handler serves: the `Allow` header of a `405` the adapter answers itself (`TRACE`). */
  allow: readonly string[];
  /** Whether every other method is `405` on every path: the adapter then refuses it before reading its body. */
  refusesOtherMethods: boolean;
}

const defaults: AdapterRules = { fromAllowedOrigin: () => true, maxBodyBytes, allow: ['GET', 'POST'], refusesOtherMethods: false };
// Each handler's rules, for `toNodeHandler`, which refuses some requests before the handler runs.
const registered = new WeakMap<object, AdapterRules>();

/** Makes `rules` what `toNodeHandler` applies to `handler`'s requests (the defaults for the rest). */
export function withAdapterRules<Handler extends object>(handler: Handler, rules: Partial<AdapterRules>): Handler {
  registered.set(handler, { ...defaults, ...rules });
  return handler;
}

/** The rules of a handler made by this library; for any other: every origin, 8 kB, `GET, POST`. */
export function adapterRulesOf(handler: object): AdapterRules {
  return registered.get(handler) ?? defaults;
}
