import { useTranslation } from 'react-i18next';
import { Button } from '../../components/ui/button.tsx';

export type SaveState = 'saved' | 'waiting' | 'saving' | 'error' | 'invalid' | 'conflict';

/** Where the draft's autosave stands, read out politely as it changes. */
export function SaveStatus({ status, failure, onRetry }: { status: SaveState; failure: string | null; onRetry: () => void }) {
  const { t } = useTranslation('reports');
  return (
    <div role="status" aria-live="polite" className="flex items-center gap-2 text-sm">
      {status === 'saved' && <span className="text-slate-700">{t('save.saved')}</span>}
      {(status === 'saving' || status === 'waiting') && <span className="text-slate-700">{t('save.saving')}</span>}
      {status === 'invalid' && <span className="text-red-700">{t('save.invalid')}</span>}
      {status === 'conflict' && <span className="text-amber-900">{t('save.conflict')}</span>}
      {status === 'error' && (
        <>
          <span className="text-red-700" title={failure ?? undefined}>
            {t('save.failed')}
          </span>
          <Button size="sm" variant="secondary" onClick={onRetry}>
            {t('save.retry')}
          </Button>
          {failure && <span className="sr-only">{failure}</span>}
        </>
      )}
    </div>
  );
}
