import { errorData } from '../../lib/errors.ts';

/** No answer at all (wifi dropped, server restarting): worth sending again. A refusal is not. */
export function isTransient(error: unknown): boolean {
  const data = errorData(error);
  return !data || (data.httpStatus ?? 0) >= 500;
}

/**
 * For creates that carry a client id: the server answers a repeat with the record the first
 * attempt made, so sending again can never make two. Three more tries within 3 seconds: then the
 * person is told, and can try again themselves (nothing is lost meanwhile).
 */
export const idempotentRetry = {
  retry: (failures: number, error: unknown) => failures < 3 && isTransient(error),
  retryDelay: (failures: number) => 500 * (failures + 1),
};
