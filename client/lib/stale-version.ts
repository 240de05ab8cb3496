import { errorData } from './errors.ts';

/**
 * Someone saved this record since this person loaded it, and the server wrote nothing. Only that:
 * the transport code CONFLICT also covers a taken email, a client id used elsewhere and the like,
 * which no "load theirs" can fix.
 */
export function isStaleVersion(error: unknown): boolean {
  return errorData(error)?.appCode === 'STALE_VERSION';
}
