// One table of domain failures. The server throws AppError with one of these codes; the tRPC
// error formatter turns it into the transport code below and, where a field is named, a field
// error the form shows on that field.
export const APP_ERRORS = {
  NOT_FOUND: { status: 'NOT_FOUND', message: 'Not found' },
  FORBIDDEN: { status: 'FORBIDDEN', message: 'You do not have permission to do that' },
  ALREADY_SET_UP: { status: 'CONFLICT', message: 'Needle already has an administrator. Sign in instead.' },
  EMAIL_TAKEN: { status: 'CONFLICT', message: 'An account with this email already exists. Sign in instead.' },
  PASSWORD_TOO_COMMON: { status: 'BAD_REQUEST', message: 'This password is too common. Choose one that is harder to guess.' },
  WRONG_PASSWORD: { status: 'BAD_REQUEST', message: 'That is not your current password.' },
  SAME_PASSWORD: { status: 'BAD_REQUEST', message: 'Choose a new password, different from your current one.' },
  TOO_MANY_ATTEMPTS: {
    status: 'TOO_MANY_REQUESTS',
    message: 'Too many wrong passwords for this account. Wait 15 minutes and try again, or ask an administrator to help.',
  },
  INVITATION_INVALID: { status: 'NOT_FOUND', message: 'This invitation link is not valid.' },
  INVITATION_UNUSABLE: { status: 'BAD_REQUEST', message: 'This invitation can no longer be used.' },
  INVITATION_ROLE_FORBIDDEN: { status: 'FORBIDDEN', message: 'Only a lead can invite another lead.' },
  ALREADY_MEMBER: { status: 'CONFLICT', message: 'You are already a member of this network.' },
  LAST_LEAD: { status: 'BAD_REQUEST', message: 'A network needs at least one lead.' },
  ACCOUNT_DEACTIVATED: { status: 'FORBIDDEN', message: 'This account is deactivated.' },
  CHARTER_UNCHANGED: { status: 'BAD_REQUEST', message: 'Nothing changed since the newest version.' },
  CHARTER_REVIEW_REFUSED: { status: 'BAD_REQUEST', message: 'This version cannot be reviewed.' },
  STALE_VERSION: { status: 'CONFLICT', message: 'Someone changed this while you were editing. Look at the newest version; your text is kept.' },
  PLAN_REVIEW_REFUSED: { status: 'BAD_REQUEST', message: 'The plan cannot be reviewed now.' },
  NOT_ACTION_OWNER: { status: 'FORBIDDEN', message: 'Only the action’s owner, a facilitator or a lead can update it.' },
  INVALID_PLACEMENT: { status: 'BAD_REQUEST', message: 'That cannot go there in the driver diagram.' },
  NOTHING_TO_REPORT: { status: 'BAD_REQUEST', message: 'Change the status or write a note.' },
  NOT_CYCLE_EDITOR: { status: 'FORBIDDEN', message: 'Only the cycle’s owners, a facilitator or a lead can change it.' },
  STAGE_BLOCKED: { status: 'BAD_REQUEST', message: 'The cycle cannot move to that stage yet.' },
  CLIENT_ID_TAKEN: { status: 'CONFLICT', message: 'This record was already created somewhere else. Reload and try again.' },
  INDICATOR_EXISTS: { status: 'CONFLICT', message: 'This network already has its indicator. Reload to edit it.' },
  NO_INDICATOR: { status: 'NOT_FOUND', message: 'This network has no indicator yet. A facilitator or lead defines it first.' },
  WOULD_LOSE_DATA: { status: 'BAD_REQUEST', message: 'That change would lose measurements already entered.' },
  INVALID_PERIOD: { status: 'BAD_REQUEST', message: 'That is not a period of this indicator.' },
  BASELINE_REFUSED: { status: 'BAD_REQUEST', message: 'Check the baseline: nothing was saved.' },
  INVALID_MEASUREMENT: { status: 'BAD_REQUEST', message: 'Some rows need attention: nothing was saved.' },
  IMPORT_REFUSED: { status: 'BAD_REQUEST', message: 'The file has problems: nothing was imported. Fix the lines listed and import it again.' },
  NOTHING_TO_PUBLISH: { status: 'BAD_REQUEST', message: 'This draft is already published: change it first, then publish a correction.' },
  REPORT_PUBLISHED: { status: 'BAD_REQUEST', message: 'A published report stays on record: it cannot be deleted. Publish a correction instead.' },
  CANNOT_DEACTIVATE_SELF: { status: 'BAD_REQUEST', message: 'You cannot deactivate your own account.' },
  ORGANIZATION_EXISTS: { status: 'CONFLICT', message: 'There is already an organization with this name.' },
  ORGANIZATION_MERGE_SELF: { status: 'BAD_REQUEST', message: 'Choose another organization to merge into.' },
  EXPORT_LIMIT: { status: 'TOO_MANY_REQUESTS', message: 'You already have several exports being prepared. Wait for one to finish or cancel one, then try again.' },
} as const;

export type AppErrorCode = keyof typeof APP_ERRORS;

/** Field errors travel in error.data.fieldErrors: field path → messages. */
export type FieldErrors = Record<string, string[]>;
