import { APP_ERRORS, type AppErrorCode } from '../shared/errors.ts';

/** A domain failure. Services throw it; the tRPC error formatter turns it into a response. */
export class AppError extends Error {
  readonly code: AppErrorCode;
  readonly field: string | undefined;

  constructor(code: AppErrorCode, options: { message?: string; field?: string } = {}) {
    super(options.message ?? APP_ERRORS[code].message);
    this.name = 'AppError';
    this.code = code;
    this.field = options.field;
  }
}
