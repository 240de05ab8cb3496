import type { Db } from '../db/client.ts';
import type { Words } from '../../shared/i18n/words.ts';
import type { MailPayload, NotificationEvent } from '../../shared/schemas/notification.ts';

/** What an email needs that the change causing it does not know. */
export type Site = {
  /** Where people reach Needle (config.baseUrl): links in emails are absolute. */
  baseUrl: string;
  /** Signs unsubscribe links (the auth secret). */
  secret: string;
};

/** What the email may turn off with one click: one event's emails, or the weekly digest. */
export type UnsubscribeTopic = NotificationEvent | 'digest';

/**
 * An email as its writer says it, in the recipient's language; server/mail/compose.ts lays it out
 * as plain text and simple HTML with the reason and the unsubscribe link.
 */
export type MailBody = {
  subject: string;
  /** Paragraphs; the first says what changed, in the reader's terms. */
  lines: string[];
  /** The one thing to do, as a button in HTML and a bare address in text. */
  action?: { label: string; url: string };
  /** Links in a list (the digest's items). */
  list?: { heading: string; items: { text: string; url: string }[] }[];
  /** Why this person got this email ("You get this because …"). */
  reason: string;
  /** Set on every email a person can turn off; account emails (a password reset) have none. */
  unsubscribe?: UnsubscribeTopic;
};

/**
 * Writes one kind of email from its outbox payload, in the recipient's words. Null: there is
 * nothing to send any more (the notification or invitation is gone), and the row is dropped.
 */
export type Renderer<K extends MailPayload['kind']> = (db: Db, w: Words, payload: Extract<MailPayload, { kind: K }>, site: Site, userId: string | null) => MailBody | null;
