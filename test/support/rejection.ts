import { expect } from 'vitest';
import { ExchangeSessionError } from '../../src/core';

/** The `ExchangeSessionError` a promise rejects with; a promise that resolves fails the test. */
export async function rejectionOf(promise: Promise<unknown>): Promise<ExchangeSessionError> {
  const error = await promise.then(
    () => {
      throw new Error('expected a rejection');
    },
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(ExchangeSessionError);
  return error as ExchangeSessionError;
}
