import { useMutation, useQuery } from '@tanstack/react-query';
import { Download } from 'lucide-react';
import { useEffect, useId, useRef, useState } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { Alert } from '../../components/ui/alert.tsx';
import { Button } from '../../components/ui/button.tsx';
import { errorMessage } from '../../lib/errors.ts';
import { useTRPC } from '../../lib/trpc.ts';

type ExportFormat = 'pdf' | 'docx';

/** Where the finished file is fetched from (a plain GET, so the browser downloads it). */
const exportDownloadUrl = (jobId: string) => `/api/exports/${encodeURIComponent(jobId)}`;

type Job = { jobId: string; format: ExportFormat };

/**
 * "Download PDF" and "Download Word (DOCX)": starts an export on the server, shows its progress
 * while it runs, and hands the finished file to the browser. `number` is a published version;
 * without it the current draft is exported.
 */
export function ExportButtons({ networkId, reportId, number, language }: { networkId: number; reportId: number; number?: number; language?: string }) {
  const { t } = useTranslation('reports');
  const name = (f: ExportFormat) => t(`export.format.${f}`);
  const trpc = useTRPC();
  const [job, setJob] = useState<Job | null>(null);
  const [lastFormat, setLastFormat] = useState<ExportFormat | null>(null);
  const downloaded = useRef<string | null>(null);
  const labelId = useId();

  const start = useMutation(trpc.report.exportStart.mutationOptions({ onSuccess: ({ jobId }, { format }) => setJob({ jobId, format }) }));
  // Cancelling forgets the job here even when the server no longer has it (finished or expired).
  const cancel = useMutation(trpc.report.exportCancel.mutationOptions({ onSettled: () => setJob(null) }));
  const status = useQuery(
    trpc.report.exportStatus.queryOptions(
      { networkId, jobId: job?.jobId ?? '' },
      {
        enabled: job !== null,
        refetchInterval: (q) => (q.state.data?.state === 'done' || q.state.data?.state === 'failed' ? false : 500),
        retry: 2,
      },
    ),
  );

  const state = status.data?.state;
  useEffect(() => {
    if (!job || state !== 'done' || downloaded.current === job.jobId) return;
    downloaded.current = job.jobId;
    const a = document.createElement('a');
    a.href = exportDownloadUrl(job.jobId);
    a.download = status.data?.fileName ?? '';
    document.body.append(a);
    a.click();
    a.remove();
  }, [job, state, status.data?.fileName]);

  function begin(format: ExportFormat) {
    setLastFormat(format);
    setJob(null);
    cancel.reset();
    start.mutate({ networkId, reportId, format, ...(number ? { number } : {}), ...(number && (language === 'en' || language === 'es') ? { language } : {}) });
  }

  const running = start.isPending || (job !== null && !status.isError && state !== 'done' && state !== 'failed');
  const failure = start.isError
    ? errorMessage(start.error)
    : status.isError
      ? errorMessage(status.error)
      : state === 'failed'
        ? (status.data?.error ?? t('export.failed'))
        : null;
  const format = job?.format ?? lastFormat;

  return (
    <div className="space-y-3" data-print-hide>
      <div className="flex flex-wrap gap-2">
        {(['pdf', 'docx'] as const).map((f) => (
          <Button key={f} variant="secondary" onClick={() => begin(f)} disabled={running}>
            <Download aria-hidden="true" className="size-4" /> {t('export.download', { format: name(f) })}
          </Button>
        ))}
      </div>
      {running && format && (
        <div className="flex flex-wrap items-end gap-3">
          <div className="min-w-0 flex-1 space-y-1 text-sm" role="status">
            <p id={labelId}>{status.data?.step ? t('export.preparingStep', { format: name(format), step: status.data.step }) : t('export.preparing', { format: name(format) })}</p>
            <progress aria-labelledby={labelId} className="h-2 w-full max-w-sm accent-teal-700" max={1} value={status.data?.progress ?? 0} />
          </div>
          <Button variant="secondary" size="sm" disabled={!job || cancel.isPending} onClick={() => job && cancel.mutate({ networkId, jobId: job.jobId })}>
            <Trans t={t} i18nKey="export.cancel" values={{ format: name(format) }} components={{ hidden: <span className="sr-only" /> }} />
          </Button>
        </div>
      )}
      {cancel.isSuccess && !running && (
        <p className="text-sm text-slate-700" role="status">
          {t('export.cancelled')}
        </p>
      )}
      {state === 'done' && job && (
        <p className="text-sm text-slate-700" role="status">
          {t('export.ready', { format: name(job.format) })}{' '}
          <a className="underline" href={exportDownloadUrl(job.jobId)} download={status.data?.fileName}>
            {t('export.again')}
          </a>
        </p>
      )}
      {failure && format && !running && (
        <Alert tone="error" title={t('export.failedTitle', { format: name(format) })}>
          <p>{failure}</p>
          <Button variant="secondary" size="sm" className="mt-2" onClick={() => begin(format)}>
            {t('export.retry')}
          </Button>
        </Alert>
      )}
    </div>
  );
}
