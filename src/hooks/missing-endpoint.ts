import { ExchangeSessionError } from '../core/errors';

/** An endpoint that fails with a `configuration` error saying which option to set, and how. */
export function missingEndpoint(option: string, example: string): () => Promise<never> {
  return () => Promise.reject(new ExchangeSessionError('configuration', `No ${option} endpoint: pass ${option}="${example}" to the hook, the launcher or their ExchangeSessionProvider.`));
}
