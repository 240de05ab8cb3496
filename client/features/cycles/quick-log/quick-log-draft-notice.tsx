import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../../components/ui/alert.tsx';
import { Button } from '../../../components/ui/button.tsx';
import { ConfirmDialog } from '../../../components/ui/dialog.tsx';
import { useFormats } from '../../../lib/use-words.ts';
import type { QuickLogDraft } from './quick-log-draft.ts';

/** The cycle this phone was keeping came back: say so, and offer a clean start. */
export function QuickLogDraftNotice({ draft, onStartOver }: { draft: QuickLogDraft; onStartOver: () => void }) {
  const { t } = useTranslation('cycles');
  const f = useFormats();
  const [open, setOpen] = useState(false);
  return (
    <Alert tone="info" title={t('quickLog.draft.title')}>
      <p>
        {t('quickLog.draft.kept', { when: f.dateTime(draft.savedAt) })}{' '}
        {draft.firstSent ? t('quickLog.draft.maybeSent') : t('quickLog.draft.notSent')}
      </p>
      <ConfirmDialog
        open={open}
        onOpenChange={setOpen}
        trigger={
          <Button variant="secondary" className="mt-2 w-full sm:w-auto">
            {t('quickLog.draft.startOver')}
          </Button>
        }
        title={t('quickLog.draft.confirmTitle')}
        description={
          draft.firstSent ? t('quickLog.draft.removedMaybeSent') : t('quickLog.draft.removed')
        }
        confirmLabel={t('quickLog.draft.startOver')}
        danger
        onConfirm={() => {
          setOpen(false);
          onStartOver();
        }}
      />
    </Alert>
  );
}
