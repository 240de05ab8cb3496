import { errorCode } from '../../lib/errors.ts';

/** Someone changed the record since this person loaded it: the server wrote nothing. */
export function isConflict(error: unknown): boolean {
  return errorCode(error) === 'CONFLICT';
}
