// One table of domain failures. The server throws AppError with one of these codes; the tRPC
// error formatter turns it into the transport code below and, where a field is named, a field
// error the form shows on that field. What each says is in the `errors` catalogue, under its code.
export const APP_ERRORS = {
  NOT_FOUND: { status: 'NOT_FOUND' },
  FORBIDDEN: { status: 'FORBIDDEN' },
  ALREADY_SET_UP: { status: 'CONFLICT' },
  EMAIL_TAKEN: { status: 'CONFLICT' },
  PASSWORD_TOO_COMMON: { status: 'BAD_REQUEST' },
  WRONG_PASSWORD: { status: 'BAD_REQUEST' },
  SAME_PASSWORD: { status: 'BAD_REQUEST' },
  TOO_MANY_ATTEMPTS: { status: 'TOO_MANY_REQUESTS' },
  INVITATION_INVALID: { status: 'NOT_FOUND' },
  INVITATION_UNUSABLE: { status: 'BAD_REQUEST' },
  INVITATION_ROLE_FORBIDDEN: { status: 'FORBIDDEN' },
  ALREADY_MEMBER: { status: 'CONFLICT' },
  LAST_LEAD: { status: 'BAD_REQUEST' },
  ACCOUNT_DEACTIVATED: { status: 'FORBIDDEN' },
  CHARTER_UNCHANGED: { status: 'BAD_REQUEST' },
  CHARTER_REVIEW_REFUSED: { status: 'BAD_REQUEST' },
  STALE_VERSION: { status: 'CONFLICT' },
  PLAN_REVIEW_REFUSED: { status: 'BAD_REQUEST' },
  NOT_ACTION_OWNER: { status: 'FORBIDDEN' },
  INVALID_PLACEMENT: { status: 'BAD_REQUEST' },
  NOTHING_TO_REPORT: { status: 'BAD_REQUEST' },
  NOT_CYCLE_EDITOR: { status: 'FORBIDDEN' },
  STAGE_BLOCKED: { status: 'BAD_REQUEST' },
  CLIENT_ID_TAKEN: { status: 'CONFLICT' },
  INDICATOR_EXISTS: { status: 'CONFLICT' },
  NO_INDICATOR: { status: 'NOT_FOUND' },
  MEASURE_REFUSED: { status: 'BAD_REQUEST' },
  WOULD_LOSE_DATA: { status: 'BAD_REQUEST' },
  INVALID_PERIOD: { status: 'BAD_REQUEST' },
  BASELINE_REFUSED: { status: 'BAD_REQUEST' },
  INVALID_MEASUREMENT: { status: 'BAD_REQUEST' },
  IMPORT_REFUSED: { status: 'BAD_REQUEST' },
  NOTHING_TO_PUBLISH: { status: 'BAD_REQUEST' },
  REPORT_PUBLISHED: { status: 'BAD_REQUEST' },
  CANNOT_DEACTIVATE_SELF: { status: 'BAD_REQUEST' },
  ORGANIZATION_EXISTS: { status: 'CONFLICT' },
  ORGANIZATION_MERGE_SELF: { status: 'BAD_REQUEST' },
  EXPORT_LIMIT: { status: 'TOO_MANY_REQUESTS' },
  UNKNOWN_LANGUAGE: { status: 'BAD_REQUEST' },
  MAIL_OFF: { status: 'BAD_REQUEST' },
  MAIL_NOT_RETRYABLE: { status: 'BAD_REQUEST' },
  LOGO_REFUSED: { status: 'BAD_REQUEST' },
  LOGO_TOO_LARGE: { status: 'PAYLOAD_TOO_LARGE' },
  MEETING_CLOSED: { status: 'BAD_REQUEST' },
} as const;

export type AppErrorCode = keyof typeof APP_ERRORS;

/** Field errors travel in error.data.fieldErrors: field path → messages. */
export type FieldErrors = Record<string, string[]>;
