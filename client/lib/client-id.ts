import { errorData } from './errors.ts';

// Creates that carry a client id can be sent again safely: the server answers a repeat with the
// record the first attempt made. Used by every create a person may retry on bad wifi.

/**
 * The id a new record carries from the browser, so a retried request is recognised as the same
 * record. crypto.randomUUID exists only on secure pages (https, localhost); a network that serves
 * Needle over plain http on its own wifi still gets a proper random v4 UUID.
 */
export function newClientId(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6]! & 0x0f) | 0x40;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

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
