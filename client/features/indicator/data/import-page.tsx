import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useId, useRef, useState, type ChangeEvent } from 'react';
import { Link, useOutletContext } from 'react-router';
import { importColumns } from '../../../../shared/domain/measurement.ts';
import { can } from '../../../../shared/domain/permissions.ts';
import { MAX_IMPORT_BYTES } from '../../../../shared/schemas/indicator.ts';
import { Alert } from '../../../components/ui/alert.tsx';
import { Button } from '../../../components/ui/button.tsx';
import { EmptyState } from '../../../components/ui/states.tsx';
import { errorMessage } from '../../../lib/errors.ts';
import { formatCount, plural } from '../../../../shared/format/words.ts';
import { useTRPC } from '../../../lib/trpc.ts';
import { usePageTitle } from '../../../lib/use-page-title.ts';
import { downloadText } from './data-format.ts';
import { NoIndicator } from '../data-no-indicator.tsx';
import type { Indicator, IndicatorOutlet } from '../indicator-layout.tsx';
import { ImportReport } from './import-report.tsx';
import { importExample } from './import-template.ts';
import { uploadImport, type UploadProgress } from './import-upload.ts';

export function ImportPage() {
  const { network, standing, indicator } = useOutletContext<IndicatorOutlet>();
  usePageTitle(`Import indicator data · ${network.name}`);
  if (!indicator) return <NoIndicator />;
  if (!can(standing, 'indicator.edit')) return <EmptyState>Only facilitators and leads import data. <Link to="../data" className="font-medium underline">See the data</Link>.</EmptyState>;
  return <ImportView indicator={indicator} networkId={network.id} slug={network.slug} />;
}

function ImportView({ indicator, networkId, slug }: { indicator: Indicator; networkId: number; slug: string }) {
  const trpc = useTRPC();
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
    return uploadImport({ networkId, file: file!, commit, onProgress: setSending, signal: controller.signal }).finally(() => {
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
      return setTooLarge(`This file is ${(chosen.size / 1024 / 1024).toFixed(1)} MB; files up to 8 MB can be imported. Split it by year and import each part.`);
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
          Import a CSV file
        </h3>
        <p className="text-sm text-slate-600">
          The file is checked first; nothing is saved until every line is right. A period and group already entered is replaced by the file’s value.
        </p>
      </div>

      <div className="space-y-2 rounded-xl border border-slate-200 bg-white p-4 text-sm text-slate-800">
        <p>
          The first line names the columns: <code className="font-mono break-words">{columns.join(',')}</code>. The group is empty for the whole population, or a group’s name
          (write “Dimension: Group” when two dimensions share a name). The note may be empty.
        </p>
        <p>
          For example: <code className="font-mono break-words">{example.split('\n')[1]}</code>
        </p>
        <Button variant="secondary" size="sm" className="min-h-11" onClick={() => downloadText(`${slug}-indicator-template.csv`, example)}>
          Download a template
        </Button>
      </div>

      <div className="space-y-2">
        <label htmlFor={inputId} className="block text-sm font-medium text-slate-900">
          CSV file
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
            {file.name} ({fileSize(file.size)}). If you change the file, choose it again.
          </p>
          <Button variant={report ? 'secondary' : 'primary'} onClick={runCheck} pending={check.isPending} pendingLabel="Checking…" disabled={commit.isPending}>
            Check the file
          </Button>
        </div>
      )}
      {sending && <SendingProgress id={`${inputId}-server`} sending={sending} importing={commit.isPending} />}
      {check.isError && <Alert tone="error" title="The file could not be checked">{errorMessage(check.error)}</Alert>}
      {commit.isError && <Alert tone="error" title="Nothing was imported">{errorMessage(commit.error)}</Alert>}

      {report && !check.isPending && <ImportReport report={report} />}

      {report && !done && !check.isPending && report.problemCount === 0 && report.valid > 0 && (
        <Button onClick={() => commit.mutate()} pending={commit.isPending} pendingLabel="Importing…">
          Import {plural(report.valid, 'row')}
        </Button>
      )}
      {done && (
        <Alert tone="success" title="Imported">
          <p>
            {plural(commit.data!.created, 'new value')} added, {plural(commit.data!.updated, 'earlier value')} replaced. <Link to="../data" className="font-medium underline">See the data</Link>.
          </p>
        </Alert>
      )}
    </section>
  );
}

/** While the file travels, how much has gone; then that the server is at work on it. */
function SendingProgress({ id, sending, importing }: { id: string; sending: UploadProgress; importing: boolean }) {
  const sent = sending.sent >= sending.total;
  const label = !sent ? `Sending the file: ${formatCount(Math.floor((sending.sent / Math.max(sending.total, 1)) * 100))}%` : importing ? 'Importing…' : 'Checking every line of the file…';
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-sm text-slate-700">
        {label}
      </label>
      {sent ? <progress id={id} className="h-3 w-full" /> : <progress id={id} className="h-3 w-full" value={sending.sent} max={Math.max(sending.total, 1)} />}
    </div>
  );
}

function fileSize(bytes: number): string {
  if (bytes < 1024 * 1024) return `${formatCount(Math.max(1, Math.round(bytes / 1024)))} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
