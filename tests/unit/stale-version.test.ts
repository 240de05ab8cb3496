import { TRPCClientError } from '@trpc/client';
import { describe, expect, it } from 'vitest';
import type { AppErrorCode } from '../../shared/errors.ts';
import { isStaleVersion } from '../../client/lib/stale-version.ts';

/** An error as the tRPC client hands it to a form, with our formatter's data. */
function serverError(appCode: AppErrorCode | undefined, code = 'CONFLICT') {
  return new TRPCClientError('refused', {
    result: { error: { code: -32009, message: 'refused', data: { code, httpStatus: 409, appCode } } },
  });
}

describe('isStaleVersion', () => {
  it('is true when someone saved first', () => {
    expect(isStaleVersion(serverError('STALE_VERSION'))).toBe(true);
  });

  it('is false for other conflicts, which reloading cannot resolve', () => {
    for (const code of ['EMAIL_TAKEN', 'CLIENT_ID_TAKEN', 'INDICATOR_EXISTS', 'ALREADY_MEMBER', 'ORGANIZATION_EXISTS'] as const) {
      expect(isStaleVersion(serverError(code))).toBe(false);
    }
  });

  it('is false for a conflict without a domain code, other failures and no answer at all', () => {
    expect(isStaleVersion(serverError(undefined))).toBe(false);
    expect(isStaleVersion(serverError('NOT_FOUND', 'NOT_FOUND'))).toBe(false);
    expect(isStaleVersion(new TRPCClientError('offline'))).toBe(false);
    expect(isStaleVersion(new Error('STALE_VERSION'))).toBe(false);
    expect(isStaleVersion(undefined)).toBe(false);
  });
});
