import { Button } from '../../components/ui/button.tsx';

export type SaveState = 'saved' | 'waiting' | 'saving' | 'error' | 'invalid' | 'conflict';

/** Where the draft's autosave stands, read out politely as it changes. */
export function SaveStatus({ status, failure, onRetry }: { status: SaveState; failure: string | null; onRetry: () => void }) {
  return (
    <div role="status" aria-live="polite" className="flex items-center gap-2 text-sm">
      {status === 'saved' && <span className="text-slate-700">Saved</span>}
      {(status === 'saving' || status === 'waiting') && <span className="text-slate-700">Saving…</span>}
      {status === 'invalid' && <span className="text-red-700">Not saved: check the fields marked below</span>}
      {status === 'conflict' && <span className="text-amber-900">Not saved: choose what to keep below</span>}
      {status === 'error' && (
        <>
          <span className="text-red-700" title={failure ?? undefined}>
            Not saved
          </span>
          <Button size="sm" variant="secondary" onClick={onRetry}>
            Retry
          </Button>
          {failure && <span className="sr-only">{failure}</span>}
        </>
      )}
    </div>
  );
}
