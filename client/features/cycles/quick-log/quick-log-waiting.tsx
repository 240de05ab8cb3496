import { CloudUpload } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { useCurrentNetwork } from '../../../lib/current-network.ts';
import { useOutbox } from '../../../lib/outbox/use-outbox.ts';

/** The quick logs this phone keeps for this network until the connection is back. */
export function QuickLogWaiting() {
  const { t } = useTranslation('cycles');
  const { network, myId } = useCurrentNetwork();
  const waiting = useOutbox(myId).filter((e) => e.procedure === 'cycle.quickLog' && e.networkId === network.id && (e.state === 'waiting' || e.state === 'sending'));
  if (waiting.length === 0) return null;
  return (
    <section aria-labelledby="quick-log-waiting" className="space-y-2 rounded-xl border border-sky-200 bg-sky-50 p-4">
      <h3 id="quick-log-waiting" className="font-semibold text-sky-950">
        {t('quickLog.waiting.heading')}
      </h3>
      <p className="text-sm text-sky-950">{t('quickLog.waiting.body')}</p>
      <ul className="space-y-1">
        {waiting.map((e) => (
          <li key={e.id} className="flex items-start gap-2 text-sm text-slate-900">
            <CloudUpload aria-hidden="true" className="mt-0.5 size-4 shrink-0 text-sky-800" />
            <span className="min-w-0 break-words">
              <span translate="no">{e.label}</span> <span className="text-slate-700">· {t('quickLog.waiting.item')}</span>
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
