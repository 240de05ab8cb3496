import { and, eq } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
import { notificationSentence } from '../../shared/domain/notification-sentence.ts';
import type { MailKind } from '../../shared/schemas/notification.ts';
import { network, notification, notificationPreference, user } from '../db/schema.ts';
import { AppError } from '../errors.ts';
import { previewInvitation } from '../services/invitations.ts';
import { defaultDelivery } from '../services/notifications.ts';
import { renderDigest } from './digest.ts';
import type { Renderer } from './mail-body.ts';

const actor = alias(user, 'actor');

const recipient = alias(user, 'recipient');

/**
 * A notification the person asked to have emailed: the bell's sentence, and a button to it.
 * Null when, since it was queued, they turned those emails off or their account was deactivated.
 */
export const renderNotification: Renderer<'notification'> = (db, w, payload, site) => {
  const row = db
    .select({
      event: notification.event,
      detail: notification.detail,
      link: notification.link,
      networkName: network.name,
      actorName: actor.name,
      deactivatedAt: recipient.deactivatedAt,
      delivery: notificationPreference.delivery,
    })
    .from(notification)
    .innerJoin(recipient, eq(recipient.id, notification.userId))
    .leftJoin(network, eq(network.id, notification.networkId))
    .leftJoin(actor, eq(actor.id, notification.actorId))
    .leftJoin(notificationPreference, and(eq(notificationPreference.userId, notification.userId), eq(notificationPreference.event, notification.event)))
    .where(eq(notification.id, payload.notificationId))
    .get();
  if (!row || row.deactivatedAt || (row.delivery ?? defaultDelivery(row.event)) !== 'email') return null;
  const sentence = notificationSentence(w, row);
  return {
    subject: sentence,
    lines: [sentence],
    action: { label: w.t('mail:notification.open'), url: site.baseUrl + row.link },
    reason: w.t('mail:notification.reason', { about: w.t(`mail:about.${row.event}`) }),
    unsubscribe: row.event,
  };
};

/** An invitation sent to an address: who invites, to which network, as what; null once it cannot be used. */
export const renderInvitation: Renderer<'invitation'> = (db, w, payload, site) => {
  let invite: ReturnType<typeof previewInvitation>;
  try {
    invite = previewInvitation(db, null, { token: payload.token });
  } catch (err) {
    if (err instanceof AppError && err.code === 'INVITATION_INVALID') return null;
    throw err;
  }
  if (invite.state !== 'active') return null;
  const role = w.t(`labels.role.${invite.role}`).toLocaleLowerCase(w.f.locale);
  const values = { inviter: invite.invitedBy ?? '', network: invite.networkName, role };
  const named = invite.invitedBy !== null;
  return {
    subject: w.t(named ? 'mail:invitation.subject' : 'mail:invitation.subjectNoInviter', values),
    lines: [w.t(named ? 'mail:invitation.line' : 'mail:invitation.lineNoInviter', values), w.t('mail:invitation.expires', { date: w.f.momentDay(invite.expiresAt) })],
    action: { label: w.t('mail:invitation.accept'), url: `${site.baseUrl}/invite/${encodeURIComponent(payload.token)}` },
    reason: w.t('mail:invitation.reason', { network: invite.networkName }),
  };
};

/** A password reset link: account email, so nobody can turn it off. */
export const renderPasswordReset: Renderer<'password_reset'> = (_db, w, payload) => ({
  subject: w.t('mail:passwordReset.subject'),
  lines: [w.t('mail:passwordReset.line'), w.t('mail:passwordReset.valid'), w.t('mail:passwordReset.ignore')],
  action: { label: w.t('mail:passwordReset.action'), url: payload.url },
  reason: w.t('mail:passwordReset.reason'),
});

export type Renderers = { [K in MailKind]?: Renderer<K> };

/** Who writes each kind of email; a kind without a writer fails with a plain reason in the administrators' view. */
export const renderers: Renderers = {
  notification: renderNotification,
  invitation: renderInvitation,
  password_reset: renderPasswordReset,
  digest: renderDigest,
};
