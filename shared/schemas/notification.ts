import { z } from 'zod';

/**
 * What a person can be told about, each written in the same transaction as the change that causes
 * it. The names are the events, not the screens: one name in the code, the database and the
 * catalogues (notifications:event.<name>).
 */
export const NOTIFICATION_EVENTS = [
  'review_requested', // a plan awaits a lead's review
  'review_approved', // the plan a facilitator sent was approved
  'changes_requested', // a lead asked for changes on the plan
  'charter_proposed', // a charter version awaits ratification
  'charter_ratified',
  'charter_returned',
  'cycle_stage', // a cycle I co-own moved to another stage
  'action_assigned', // an action is mine now
  'report_published',
  'role_changed', // my role in a network changed
  'member_joined', // someone joined a network I facilitate
] as const;
export type NotificationEvent = (typeof NOTIFICATION_EVENTS)[number];

/**
 * Asked of the person before anything else: the ones that need them are emailed by default (when
 * email is on); what merely happened stays in the bell.
 */
export const EMAILED_BY_DEFAULT: readonly NotificationEvent[] = ['review_requested', 'changes_requested', 'charter_proposed', 'charter_returned', 'action_assigned'];

export const DELIVERIES = ['off', 'in_app', 'email'] as const;
/** off: not at all; in_app: the bell only; email: the bell and an email. */
export type Delivery = (typeof DELIVERIES)[number];

export const notificationPreferencesInput = z.object({
  events: z.partialRecord(z.enum(NOTIFICATION_EVENTS), z.enum(DELIVERIES)),
  weeklyDigest: z.boolean(),
});
export type NotificationPreferencesInput = z.infer<typeof notificationPreferencesInput>;

export const MAIL_KINDS = ['notification', 'digest', 'invitation', 'password_reset'] as const;
export type MailKind = (typeof MAIL_KINDS)[number];

/** What an outbox row is about; the mail worker writes the email from it when it sends. */
export type MailPayload =
  | { kind: 'notification'; notificationId: number }
  | { kind: 'digest'; since: number }
  /** `lang`: the inviter's language, for someone Needle does not know yet. */
  | { kind: 'invitation'; invitationId: number; token: string; lang?: string }
  | { kind: 'password_reset'; url: string };

export const MAIL_STATUSES = ['pending', 'sending', 'sent', 'failed', 'unknown'] as const;
/**
 * pending: waiting for the worker (again, after a failure, with its next try set);
 * sending: the worker took it; sent; failed: given up after the last try;
 * unknown: the worker stopped while sending it, so it may or may not have gone: never sent again
 * by itself (that could send it twice); an administrator decides.
 */
export type MailStatus = (typeof MAIL_STATUSES)[number];
