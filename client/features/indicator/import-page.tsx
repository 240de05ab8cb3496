import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useId, useRef, useState, type ChangeEvent } from 'react';
import { Link, useOutletContext } from 'react-router';
import { importColumns } from '../../../shared/domain/measurement.ts';
import { can } from '../../../shared/domain/permissions.ts';
import { MAX_IMPORT_BYTES } from '../../../shared/schemas/indicator.ts';
import { Alert } from '../../components/ui/alert.tsx';
import { Button } from '../../components/ui/button.tsx';
import { EmptyState } from '../../components/ui/states.tsx';
import { errorMessage } from '../../lib/errors.ts';
import { plural } from '../../lib/format.ts';
import { useTRPC } from '../../lib/trpc.ts';
import { usePageTitle } from '../../lib/use-page-title.ts';
import { formatCount } from '../../../shared/indicator/format.ts';
import { downloadText } from './data-format.ts';
import { NoIndicator } from './data-no-indicator.tsx';
import type { Indicator, IndicatorOutlet } from './indicator-layout.tsx';
import { readFileText } from './import-read.ts';
import { ImportReport } from './import-report.tsx';
import { importExample } from './import-template.ts';

export function ImportPage() {
  const { network, standing, indicator } = useOutletContext<IndicatorOutlet>();
  usePageTitle(`Import indicator data · ${network.name}`);
  if (!indicator) return <NoIndicator />;
  if (!can(standing, 'indicator.edit')) return <EmptyState>Only facilitators and leads import data. <Link to="../data" className="font-medium underline">See the data</Link>.</EmptyState>;
  return <ImportView indicator={indicator} networkId={network.id} slug={network.slug} />;
}

type Reading = { name: string; loaded: number; total: number };

function ImportView({ indicator, networkId, slug }: { indicator: Indicator; networkId: number; slug: string }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const inputId = useId();
  const [reading, setReading] = useState<Reading | null>(null);
  const [file, setFile] = useState<{ name: string; text: string } | null>(null);
  const [readError, setReadError] = useState<string>();
  const abort = useRef<AbortController | null>(null);
  const check = useMutation(trpc.indicator.importCsv.mutationOptions());
  const commit = useMutation(trpc.indicator.importCsv.mutationOptions());
  const columns = importColumns(indicator);
  const example = importExample(indicator);

  async function choose(e: ChangeEvent<HTMLInputElement>) {
    const chosen = e.target.files?.[0];
    abort.current?.abort();
    check.reset();
    commit.reset();
    setFile(null);
    setReadError(undefined);
    if (!chosen) return setReading(null);
    if (chosen.size > MAX_IMPORT_BYTES) {
      setReading(null);
      return setReadError(`This file is ${(chosen.size / 1024 / 1024).toFixed(1)} MB; files up to 8 MB can be imported. Split it by year and import each part.`);
    }
    const controller = new AbortController();
    abort.current = controller;
    setReading({ name: chosen.name, loaded: 0, total: chosen.size });
    try {
      const text = await readFileText(chosen, (loaded, total) => setReading({ name: chosen.name, loaded, total }), controller.signal);
      if (controller.signal.aborted) return;
      setFile({ name: chosen.name, text });
    } catch (error) {
      if (!controller.signal.aborted) setReadError(`The file could not be read: ${error instanceof Error ? error.message : 'try again'}.`);
    } finally {
      if (abort.current === controller) setReading(null);
    }
  }

  function runCheck() {
    if (!file) return;
    commit.reset();
    check.mutate({ networkId, csv: file.text, commit: false });
  }

  function runImport() {
    if (!file) return;
    commit.mutate(
      { networkId, csv: file.text, commit: true },
      {
        onSuccess: async () => {
          await Promise.all([queryClient.invalidateQueries(trpc.indicator.measurements.pathFilter()), queryClient.invalidateQueries(trpc.indicator.get.pathFilter())]);
        },
      },
    );
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
          onChange={(e) => void choose(e)}
          // Choosing the same file again after fixing it must read it again: clear the choice first.
          onClick={(e) => {
            e.currentTarget.value = '';
          }}
          className="block w-full max-w-full text-sm text-slate-800 file:mr-3 file:min-h-11 file:rounded-lg file:border file:border-slate-300 file:bg-white file:px-4 file:font-medium file:text-slate-900 hover:file:bg-slate-50"
        />
      </div>

      {reading && (
        <div className="space-y-1">
          <label htmlFor={`${inputId}-read`} className="block text-sm text-slate-700">
            Reading {reading.name}: {formatCount(Math.round((reading.loaded / Math.max(reading.total, 1)) * 100))}%
          </label>
          <progress id={`${inputId}-read`} className="h-3 w-full" value={reading.loaded} max={Math.max(reading.total, 1)} />
        </div>
      )}
      {readError && <Alert tone="error">{readError}</Alert>}

      {file && !done && (
        <div className="flex flex-wrap items-center gap-3">
          <p className="text-sm text-slate-700">
            Read {file.name} ({formatCount(file.text.length)} characters). If you change the file, choose it again.
          </p>
          <Button variant={report ? 'secondary' : 'primary'} onClick={runCheck} pending={check.isPending} pendingLabel="Checking…" disabled={commit.isPending}>
            Check the file
          </Button>
        </div>
      )}
      {(check.isPending || commit.isPending) && (
        <div className="space-y-1">
          <label htmlFor={`${inputId}-server`} className="block text-sm text-slate-700">
            {check.isPending ? 'Checking every line of the file…' : 'Importing…'}
          </label>
          <progress id={`${inputId}-server`} className="h-3 w-full" />
        </div>
      )}
      {check.isError && <Alert tone="error" title="The file could not be checked">{errorMessage(check.error)}</Alert>}
      {commit.isError && <Alert tone="error" title="Nothing was imported">{errorMessage(commit.error)}</Alert>}

      {report && !check.isPending && <ImportReport report={report} />}

      {report && !done && !check.isPending && report.problemCount === 0 && report.valid > 0 && (
        <Button onClick={runImport} pending={commit.isPending} pendingLabel="Importing…">
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
