import { onlineManager } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { entryText, isOutboxProcedure, type OutboxEntry } from '../../shared/domain/outbox.ts';
import { Alert } from '../components/ui/alert.tsx';
import { Button, buttonClasses } from '../components/ui/button.tsx';
import { ConfirmDialog, Dialog } from '../components/ui/dialog.tsx';
import { removeEntry } from '../lib/outbox/outbox-store.ts';
import { retryEntry } from '../lib/outbox/replayer.ts';
import { useFormats } from '../lib/use-words.ts';

/** The writes whose screen takes a conflicting entry back (?resolve=<id>) for the online choice. */
const RESOLVABLE = new Set(['cycle.update', 'plan.reportProgress', 'meeting.saveNotes']);

type Props = { entries: OutboxEntry[]; open: boolean; onOpenChange: (open: boolean) => void };

/** What this device keeps to send: what waits, what failed and why, with what can be done. */
export function OutboxPanel({ entries, open, onOpenChange }: Props) {
  const { t } = useTranslation('outbox');
  const waiting = entries.filter((e) => e.state === 'waiting' || e.state === 'sending');
  return (
    <Dialog open={open} onOpenChange={onOpenChange} title={t('panel.title')} description={t('panel.intro')}>
      <div className="space-y-3">
        {!onlineManager.isOnline() && <Alert tone="warning">{t('panel.offline')}</Alert>}
        {entries.length === 0 && <p className="text-sm text-slate-700">{t('panel.empty')}</p>}
        {waiting.length > 0 && (
          <Button variant="secondary" className="w-full sm:w-auto" onClick={() => void Promise.all(waiting.map(retryEntry))}>
            {t('panel.sendNow')}
          </Button>
        )}
        <ul className="space-y-3">
          {entries.map((entry) => (
            <OutboxItem key={entry.id} entry={entry} onNavigate={() => onOpenChange(false)} />
          ))}
        </ul>
      </div>
    </Dialog>
  );
}

function OutboxItem({ entry, onNavigate }: { entry: OutboxEntry; onNavigate: () => void }) {
  const { t } = useTranslation('outbox');
  const f = useFormats();
  const [confirm, setConfirm] = useState(false);
  const [copied, setCopied] = useState(false);
  const kind = isOutboxProcedure(entry.procedure) ? t(`panel.kinds.${entry.procedure}`) : t('panel.kinds.unknown');
  const unknown = entry.state === 'failed' && !isOutboxProcedure(entry.procedure);
  const text = entryText(entry);
  const canResolve = entry.state === 'conflict' && RESOLVABLE.has(entry.procedure) && entry.href;
  const stateTone = entry.state === 'failed' || entry.state === 'conflict' ? 'text-red-800' : 'text-slate-700';

  return (
    <li className="space-y-2 rounded-lg border border-slate-200 p-3">
      <div className="flex flex-wrap items-baseline justify-between gap-x-3">
        <p className="font-medium break-words text-slate-900">
          <span className="sr-only">{kind}: </span>
          <span translate="no">{entry.label}</span>
        </p>
        <p className={`text-sm font-medium ${stateTone}`}>{t(`panel.states.${entry.state}`)}</p>
      </div>
      <p className="text-xs text-slate-600">
        <span aria-hidden="true">{kind} · </span>
        {t('panel.savedAt', { when: f.dateTime(entry.createdAt) })}
      </p>
      {entry.state === 'conflict' && <p className="text-sm text-slate-700">{t('panel.conflictHelp')}</p>}
      {entry.state === 'failed' && <p className="text-sm text-red-800">{unknown ? t('panel.unknownProcedure') : entry.lastError}</p>}
      {(entry.state === 'failed' || entry.state === 'conflict') && text && (
        <details open={unknown}>
          <summary className="cursor-pointer text-sm text-slate-700">{t('panel.yourText')}</summary>
          <textarea readOnly translate="no" value={text} aria-label={t('panel.yourText')} className="mt-2 h-24 w-full rounded-lg border border-slate-300 p-2 text-sm" />
          <Button
            variant="secondary"
            size="sm"
            onClick={() => void navigator.clipboard?.writeText(text).then(() => setCopied(true))}
          >
            {copied ? t('panel.copied') : t('panel.copy')}
          </Button>
        </details>
      )}
      <div className="flex flex-wrap gap-2">
        {canResolve && (
          <Link to={`${entry.href}?resolve=${entry.id}`} onClick={onNavigate} className={buttonClasses('primary', 'sm')}>
            {t('panel.resolve')}
          </Link>
        )}
        {entry.state === 'conflict' && !canResolve && entry.href && (
          <Link to={entry.href} onClick={onNavigate} className={buttonClasses('secondary', 'sm')}>
            {t('panel.open')}
          </Link>
        )}
        {entry.state === 'failed' && !unknown && (
          <Button variant="secondary" size="sm" onClick={() => void retryEntry(entry)}>
            {t('panel.retry')}
          </Button>
        )}
        {entry.state !== 'sending' && (
          <ConfirmDialog
            open={confirm}
            onOpenChange={setConfirm}
            trigger={
              <Button variant="secondary" size="sm">
                {t('panel.discard')}
              </Button>
            }
            title={t('panel.confirmDiscard.title')}
            description={t('panel.confirmDiscard.body', { label: entry.label })}
            confirmLabel={t('panel.discard')}
            danger
            onConfirm={() => {
              setConfirm(false);
              void removeEntry(entry.id);
            }}
          />
        )}
      </div>
    </li>
  );
}
