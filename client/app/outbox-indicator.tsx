import { CloudUpload } from 'lucide-react';
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { outboxCounts } from '../../shared/domain/outbox.ts';
import { cx } from '../components/ui/cx.ts';
import { useOutbox } from '../lib/outbox/use-outbox.ts';
import { useFormats } from '../lib/use-words.ts';

const OutboxPanel = lazy(() => import('./outbox-panel.tsx').then((m) => ({ default: m.OutboxPanel })));

/**
 * "2 waiting" / "1 needs you" in the header while this device keeps writes not yet sent; nothing
 * at all (not even its space) when it keeps none, which is nearly always.
 */
export function OutboxIndicator({ userId }: { userId: string }) {
  const { t } = useTranslation('outbox');
  const f = useFormats();
  const entries = useOutbox(userId);
  const [open, setOpen] = useState(false);
  const { waiting, needsYou } = outboxCounts(entries, userId);
  if (waiting + needsYou === 0 && !open) return null;
  const parts = [
    ...(needsYou ? [t('indicator.needsYou', { count: needsYou, n: f.count(needsYou) })] : []),
    ...(waiting ? [t('indicator.waiting', { count: waiting, n: f.count(waiting) })] : []),
  ];
  return (
    <>
      <button
        type="button"
        onClick={() => setOpen(true)}
        aria-label={t('indicator.label', { summary: parts.join(', ') })}
        className={cx(
          'flex min-h-11 shrink-0 items-center gap-1.5 rounded-lg px-2 text-sm font-medium whitespace-nowrap hover:bg-slate-100',
          needsYou ? 'text-red-800' : 'text-slate-700',
        )}
      >
        <CloudUpload aria-hidden="true" className="size-5" />
        {/* On a phone the header has room for the number alone; the name says it in full. */}
        <span aria-hidden="true" className="sm:hidden">
          {f.count(needsYou || waiting)}
        </span>
        <span aria-hidden="true" className="hidden sm:inline">
          {parts[0]}
        </span>
      </button>
      {open && (
        <Suspense fallback={null}>
          <OutboxPanel entries={entries} open={open} onOpenChange={setOpen} />
        </Suspense>
      )}
    </>
  );
}
