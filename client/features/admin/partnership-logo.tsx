import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LOGO_TYPES, MAX_LOGO_BYTES } from '../../../shared/domain/image-type.ts';
import { Alert } from '../../components/ui/alert.tsx';
import { Button } from '../../components/ui/button.tsx';
import { SectionCard } from '../../components/ui/card.tsx';
import { ConfirmDialog } from '../../components/ui/dialog.tsx';
import { SuccessNotice } from '../../components/ui/success-notice.tsx';
import { useTRPC, type RouterOutputs } from '../../lib/trpc.ts';
import { useFormats } from '../../lib/use-words.ts';

type Partnership = RouterOutputs['partnership']['get'];
type Chosen = { file: File; preview: string };

const LOGO_URL = '/api/partnership/logo';

/** The server's answer in words: it says why it refused, in the reader's language. */
async function send(method: 'POST' | 'DELETE', body?: File): Promise<void> {
  const res = await fetch(LOGO_URL, { method, body: body ?? null, credentials: 'same-origin', headers: body ? { 'content-type': body.type || 'application/octet-stream' } : {} });
  if (res.ok) return;
  const answer = (await res.json().catch(() => null)) as { message?: string } | null;
  throw new Error(answer?.message ?? res.statusText);
}

// A data: address, not blob:, for the preview: the page's CSP allows images from 'self' and data:.
function readAsDataUrl(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error ?? new Error('unreadable'));
    reader.readAsDataURL(file);
  });
}

/** Choose an image, see it, then use it; or remove the one there is. */
export function PartnershipLogo({ partnership }: { partnership: Partnership }) {
  const { t } = useTranslation('admin');
  const f = useFormats();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const inputId = useId();
  const input = useRef<HTMLInputElement>(null);
  const [chosen, setChosen] = useState<Chosen | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [done, setDone] = useState<'uploaded' | 'removed' | null>(null);
  const [confirming, setConfirming] = useState(false);
  const refresh = () => queryClient.invalidateQueries(trpc.partnership.pathFilter());

  const upload = useMutation({
    mutationFn: (file: File) => send('POST', file),
    onSuccess: async () => {
      setChosen(null);
      if (input.current) input.current.value = '';
      setDone('uploaded');
      await refresh();
    },
  });
  const remove = useMutation({
    mutationFn: () => send('DELETE'),
    onSuccess: async () => {
      setConfirming(false);
      setDone('removed');
      await refresh();
    },
  });

  async function choose(file: File | undefined) {
    setProblem(null);
    setDone(null);
    upload.reset();
    setChosen(null);
    if (!file) return;
    if (file.size > MAX_LOGO_BYTES) return setProblem(t('partnership.logo.tooLarge', { size: `${f.count(Math.ceil(file.size / 1024))} KB` }));
    setChosen({ file, preview: await readAsDataUrl(file) });
  }

  return (
    <SectionCard title={t('partnership.logo.heading')}>
      <div className="space-y-4">
        {partnership.logoUrl ? (
          <img src={partnership.logoUrl} alt={t('partnership.logo.current', { name: partnership.name })} className="max-h-32 max-w-full rounded-lg border border-slate-200 bg-white object-contain p-2" />
        ) : (
          <p className="text-sm text-slate-700">{t('partnership.logo.none')}</p>
        )}
        <div className="space-y-1.5">
          <label htmlFor={inputId} className="block text-sm font-medium text-slate-900">
            {t('partnership.logo.choose')}
          </label>
          <p id={`${inputId}-hint`} className="text-sm text-slate-600">
            {t('partnership.logo.hint')}
          </p>
          <input
            ref={input}
            id={inputId}
            type="file"
            accept={LOGO_TYPES.join(',')}
            aria-describedby={`${inputId}-hint`}
            onChange={(e) => void choose(e.target.files?.[0])}
            className="block w-full text-sm text-slate-700 file:mr-3 file:min-h-11 file:rounded-lg file:border-0 file:bg-slate-100 file:px-3 file:font-medium file:text-slate-900 hover:file:bg-slate-200"
          />
        </div>
        {problem && <Alert tone="error">{problem}</Alert>}
        {upload.isError && <Alert tone="error">{upload.error.message || t('partnership.logo.failed')}</Alert>}
        {chosen && (
          <div className="space-y-3">
            <img src={chosen.preview} alt={t('partnership.logo.preview')} className="max-h-32 max-w-full rounded-lg border border-dashed border-slate-300 object-contain p-2" />
            <div className="flex flex-wrap gap-2">
              <Button pending={upload.isPending} pendingLabel={t('partnership.logo.uploading')} onClick={() => upload.mutate(chosen.file)}>
                {t('partnership.logo.upload')}
              </Button>
              <Button variant="secondary" onClick={() => void choose(undefined).then(() => input.current && (input.current.value = ''))}>
                {t('partnership.logo.cancel')}
              </Button>
            </div>
          </div>
        )}
        {done && <SuccessNotice>{t(done === 'uploaded' ? 'partnership.logo.uploaded' : 'partnership.logo.removed')}</SuccessNotice>}
        {partnership.hasLogo && (
          <ConfirmDialog
            open={confirming}
            onOpenChange={(open) => {
              setConfirming(open);
              if (!open) remove.reset();
            }}
            title={t('partnership.logo.removeTitle')}
            description={t('partnership.logo.removeBody')}
            confirmLabel={t('partnership.logo.remove')}
            danger
            pending={remove.isPending}
            error={remove.isError ? remove.error.message || t('partnership.logo.failed') : undefined}
            onConfirm={() => remove.mutate()}
            trigger={
              <Button variant="secondary" size="sm" className="min-h-11">
                {t('partnership.logo.remove')}
              </Button>
            }
          />
        )}
      </div>
    </SectionCard>
  );
}
