import { TRPCClientError } from '@trpc/client';
import i18next from 'i18next';
import type { AppErrorCode, FieldErrors } from '../../shared/errors.ts';

type ErrorData = { code?: string; httpStatus?: number; appCode?: AppErrorCode; fieldErrors?: FieldErrors };

/** The server's error data (transport code, domain code, field errors), when there is any. */
export function errorData(error: unknown): ErrorData | undefined {
  if (error instanceof TRPCClientError) return (error.data ?? undefined) as ErrorData | undefined;
  return undefined;
}

export function errorCode(error: unknown): string | undefined {
  return errorData(error)?.code;
}

/** A sentence for a person: the server's own message, or what to do when it could not be reached. */
export function errorMessage(error: unknown): string {
  if (error instanceof TRPCClientError && !error.data) {
    return i18next.t('errors:UNREACHABLE');
  }
  if (error instanceof Error && error.message) return error.message;
  return i18next.t('errors:UNKNOWN');
}
