import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useId, useRef, useState, type ChangeEvent } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { Link, useOutletContext } from 'react-router';
import { importColumns } from '../../../../shared/domain/measurement.ts';
import { can } from '../../../../shared/domain/permissions.ts';
import { MAX_IMPORT_BYTES } from '../../../../shared/schemas/indicator.ts';
import { Alert } from '../../../components/ui/alert.tsx';
import { Button } from '../../../components/ui/button.tsx';
import { EmptyState } from '../../../components/ui/states.tsx';
import { errorMessage } from '../../../lib/errors.ts';
import { useFormats, useWords } from '../../../lib/use-words.ts';
import { useTRPC } from '../../../lib/trpc.ts';
import { usePageTitle } from '../../../lib/use-page-title.ts';
import { downloadText } from '../../../lib/download.ts';
import { NoIndicator } from '../data-no-indicator.tsx';
import { fileStem, refOf, type Indicator, type IndicatorOutlet } from '../indicator-layout.tsx';
import { ImportReport } from './import-report.tsx';
import { importExample } from './import-template.ts';
import { uploadImport, type UploadProgress } from './import-upload.ts';

export function ImportPage() {
  const { network, standing, indicator } = useOutletContext<IndicatorOutlet>();
  const { t } = useTranslation('indicator');
  usePageTitle(t('import.pageTitle', { network: network.name }));
  if (!indicator) return <NoIndicator />;
  if (!can(standing, 'indicator.edit'))
    return (
      <EmptyState>
        <Trans t={t} i18nKey="import.readOnly" components={{ data: <Link to="../data" className="font-medium underline" /> }} />
      </EmptyState>
    );
  return <ImportView indicator={indicator} slug={network.slug} />;
}

function ImportView({ indicator, slug }: { indicator: Indicator; slug: string }) {
  const trpc = useTRPC();
  const { t } = useTranslation('indicator');
  const words = useWords('indicator');
  const f = words.f;
  const queryClient = useQueryClient();
  const inputId = useId();
  const [file, setFile] = useState<File | null>(null);
  const [tooLarge, setTooLarge] = useState<string>();
  const [sending, setSending] = useState<UploadProgress | null>(null);
  const abort = useRef<AbortController | null>(null);
  const send = (commit: boolean) => {
    abort.current?.abort();
    const controller = new AbortController();
    abort.current = controller;
    setSending({ sent: 0, total: file!.size });
    return uploadImport({ measure: refOf(indicator), file: file!, commit, onProgress: setSending, signal: controller.signal, t: words.t }).finally(() => {
      if (abort.current === controller) setSending(null);
    });
  };
  const check = useMutation({ mutationFn: () => send(false) });
  const commit = useMutation({
    mutationFn: () => send(true),
    onSuccess: async () => {
      await Promise.all([queryClient.invalidateQueries(trpc.indicator.measurements.pathFilter()), queryClient.invalidateQueries(trpc.indicator.get.pathFilter())]);
    },
  });
  const columns = importColumns(indicator);
  const example = importExample(indicator);

  function choose(e: ChangeEvent<HTMLInputElement>) {
    const chosen = e.target.files?.[0] ?? null;
    abort.current?.abort();
    check.reset();
    commit.reset();
    setTooLarge(undefined);
    if (chosen && chosen.size > MAX_IMPORT_BYTES) {
      setFile(null);
      return setTooLarge(t('import.tooLarge', { size: fileSize(chosen.size, f.locale), max: new Intl.NumberFormat(f.locale, { style: 'unit', unit: 'megabyte' }).format(MAX_IMPORT_BYTES / 1024 / 1024) }));
    }
    setFile(chosen);
  }

  function runCheck() {
    commit.reset();
    check.mutate();
  }

  const report = commit.data ?? check.data;
  const done = commit.data?.committed;
  return (
    <section aria-labelledby="import-heading" className="space-y-5">
      <div className="space-y-1">
        <h3 id="import-heading" className="text-lg font-semibold text-slate-900">
          {t('data.import')}
        </h3>
        <p className="text-sm text-slate-600">{t('import.intro')}</p>
      </div>

      <div className="space-y-2 rounded-xl border border-slate-200 bg-white p-4 text-sm text-slate-800">
        <p>
          <Trans t={t} i18nKey="import.columns" values={{ columns: columns.join(',') }} components={{ code: <code translate="no" className="font-mono break-words" /> }} />
        </p>
        <p>
          <Trans t={t} i18nKey="import.example" values={{ example: example.split('\n')[1] }} components={{ code: <code translate="no" className="font-mono break-words" /> }} />
        </p>
        <Button variant="secondary" size="sm" className="min-h-11" onClick={() => downloadText(`${fileStem(slug, indicator)}-template.csv`, example)}>
          {t('import.template')}
        </Button>
      </div>

      <div className="space-y-2">
        <label htmlFor={inputId} className="block text-sm font-medium text-slate-900">
          {t('import.file')}
        </label>
        <input
          id={inputId}
          type="file"
          accept=".csv,text/csv"
          onChange={choose}
          // Choosing the same file again after fixing it must read it again: clear the choice first.
          onClick={(e) => {
            e.currentTarget.value = '';
          }}
          className="block w-full max-w-full text-sm text-slate-800 file:mr-3 file:min-h-11 file:rounded-lg file:border file:border-slate-300 file:bg-white file:px-4 file:font-medium file:text-slate-900 hover:file:bg-slate-50"
        />
      </div>

      {tooLarge && <Alert tone="error">{tooLarge}</Alert>}

      {file && !done && (
        <div className="flex flex-wrap items-center gap-3">
          <p className="text-sm text-slate-700">
            {t('import.chosen', { name: file.name, size: fileSize(file.size, f.locale) })}
          </p>
          <Button variant={report ? 'secondary' : 'primary'} onClick={runCheck} pending={check.isPending} pendingLabel={t('import.checking')} disabled={commit.isPending}>
            {t('import.check')}
          </Button>
        </div>
      )}
      {sending && <SendingProgress id={`${inputId}-server`} sending={sending} importing={commit.isPending} />}
      {check.isError && <Alert tone="error" title={t('import.checkFailed')}>{errorMessage(check.error)}</Alert>}
      {commit.isError && <Alert tone="error" title={t('import.failed')}>{errorMessage(commit.error)}</Alert>}

      {report && !check.isPending && <ImportReport report={report} />}

      {report && !done && !check.isPending && report.problemCount === 0 && report.valid > 0 && (
        <Button onClick={() => commit.mutate()} pending={commit.isPending} pendingLabel={t('import.importing')}>
          {t('import.submit', { count: report.valid, n: f.count(report.valid) })}
        </Button>
      )}
      {done && (
        <Alert tone="success" title={t('import.done.title')}>
          <p>
            <Trans
              t={t}
              i18nKey="import.done.body"
              values={{
                added: t('import.done.added', { count: commit.data!.created, n: f.count(commit.data!.created) }),
                replaced: t('import.done.replaced', { count: commit.data!.updated, n: f.count(commit.data!.updated) }),
              }}
              components={{ data: <Link to="../data" className="font-medium underline" /> }}
            />
          </p>
        </Alert>
      )}
    </section>
  );
}

/** While the file travels, how much has gone; then that the server is at work on it. */
function SendingProgress({ id, sending, importing }: { id: string; sending: UploadProgress; importing: boolean }) {
  const { t } = useTranslation('indicator');
  const f = useFormats();
  const sent = sending.sent >= sending.total;
  const share = new Intl.NumberFormat(f.locale, { style: 'percent', maximumFractionDigits: 0, roundingMode: 'floor' }).format(sending.sent / Math.max(sending.total, 1));
  const label = !sent ? t('import.sending', { share }) : importing ? t('import.importing') : t('import.checkingLines');
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-sm text-slate-700">
        {label}
      </label>
      {sent ? <progress id={id} className="h-3 w-full" /> : <progress id={id} className="h-3 w-full" value={sending.sent} max={Math.max(sending.total, 1)} />}
    </div>
  );
}

/** '12 KB', '3.4 MB': Intl's byte units, in the reader's locale. */
function fileSize(bytes: number, locale: string): string {
  if (bytes < 1024 * 1024) return new Intl.NumberFormat(locale, { style: 'unit', unit: 'kilobyte', maximumFractionDigits: 0 }).format(Math.max(1, Math.round(bytes / 1024)));
  return new Intl.NumberFormat(locale, { style: 'unit', unit: 'megabyte', minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(bytes / 1024 / 1024);
}
