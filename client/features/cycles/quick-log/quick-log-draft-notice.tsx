import { useState } from 'react';
import { Alert } from '../../../components/ui/alert.tsx';
import { Button } from '../../../components/ui/button.tsx';
import { ConfirmDialog } from '../../../components/ui/dialog.tsx';
import { formatDateTime } from '../../../../shared/format/dates.ts';
import type { QuickLogDraft } from './quick-log-draft.ts';

/** The cycle this phone was keeping came back: say so, and offer a clean start. */
export function QuickLogDraftNotice({ draft, onStartOver }: { draft: QuickLogDraft; onStartOver: () => void }) {
  const [open, setOpen] = useState(false);
  return (
    <Alert tone="info" title="Your cycle from earlier is back">
      <p>
        This phone kept what you typed ({formatDateTime(new Date(draft.savedAt))}).{' '}
        {draft.firstSent
          ? 'It may have reached Needle already: pressing Log cycle again will not log it twice.'
          : 'It is not sent yet: press Log cycle when it is ready.'}
      </p>
      <ConfirmDialog
        open={open}
        onOpenChange={setOpen}
        trigger={
          <Button variant="secondary" className="mt-2 w-full sm:w-auto">
            Start over
          </Button>
        }
        title="Start over with an empty form?"
        description={
          draft.firstSent
            ? 'What you typed is removed from this phone. If an earlier try reached Needle, that cycle stays in the network’s cycles.'
            : 'What you typed is removed from this phone.'
        }
        confirmLabel="Start over"
        danger
        onConfirm={() => {
          setOpen(false);
          onStartOver();
        }}
      />
    </Alert>
  );
}
