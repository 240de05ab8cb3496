import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../../components/ui/alert.tsx';
import { Button } from '../../../components/ui/button.tsx';
import { errorMessage } from '../../../lib/errors.ts';
import { useFormats } from '../../../lib/use-words.ts';
import { useTRPC } from '../../../lib/trpc.ts';
import { downloadText } from '../../../lib/download.ts';
import type { MeasureRef } from '../indicator-layout.tsx';

/** Downloads the measurements as a CSV file that imports back; small groups are never in it. */
export function DataExportButton({ measure, filename }: { measure: MeasureRef; filename: string }) {
  const trpc = useTRPC();
  const { t } = useTranslation('indicator');
  const f = useFormats();
  const queryClient = useQueryClient();
  const [pending, setPending] = useState(false);
  const [result, setResult] = useState<{ tone: 'success' | 'error'; text: string }>();

  async function exportCsv() {
    setPending(true);
    setResult(undefined);
    try {
      const data = await queryClient.fetchQuery({ ...trpc.indicator.exportCsv.queryOptions(measure), staleTime: 0 });
      downloadText(filename, data.csv);
      const small = data.suppressed - data.protecting;
      const exported = t('export.done', { count: data.rows, n: f.count(data.rows) });
      const left = !data.suppressed
        ? null
        : data.protecting
          ? t(`export.left.protected.${small === 1 ? 'single' : 'several'}`, { count: data.protecting, n: f.count(data.protecting), small: f.count(small) })
          : t('export.left.small', { count: small, n: f.count(small) });
      setResult({ tone: 'success', text: left ? `${exported} ${left}` : exported });
    } catch (error) {
      setResult({ tone: 'error', text: errorMessage(error) });
    } finally {
      setPending(false);
    }
  }

  return (
    <div className="flex flex-col gap-2">
      <Button variant="secondary" pending={pending} pendingLabel={t('export.pending')} onClick={() => void exportCsv()}>
        {t('export.submit')}
      </Button>
      {result && (
        <Alert tone={result.tone} className="max-w-sm">
          {result.text}
        </Alert>
      )}
    </div>
  );
}
