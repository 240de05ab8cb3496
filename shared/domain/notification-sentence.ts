import type { Words } from '../i18n/words.ts';
import type { NotificationEvent } from '../schemas/notification.ts';

export type NotificationFacts = {
  event: NotificationEvent;
  /** What notify() was given: titles, a version number, a stage or role key. */
  detail: Record<string, string | number>;
  actorName: string | null;
  networkName: string | null;
};

/**
 * The one sentence a notification says, in the bell and as an email's first line: what changed,
 * in the reader's words. Names and titles are as they were when it happened.
 */
export function notificationSentence(w: Words, n: NotificationFacts): string {
  const d = n.detail;
  const str = (v: string | number | undefined) => (v === undefined ? '' : String(v));
  const values = {
    actor: n.actorName ?? w.t('notifications:someone'),
    network: n.networkName ?? '',
    title: str(d.title),
    version: str(d.version),
    name: str(d.name),
  };
  switch (n.event) {
    case 'cycle_stage':
      return w.t('notifications:says.cycle_stage', { ...values, stage: w.t(`labels.stage.${str(d.stage) as 'plan'}`) });
    case 'role_changed':
      return w.t('notifications:says.role_changed', { ...values, role: w.t(`labels.role.${str(d.role) as 'member'}`).toLocaleLowerCase(w.f.locale) });
    default:
      return w.t(`notifications:says.${n.event}`, values);
  }
}
