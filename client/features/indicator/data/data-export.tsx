import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Alert } from '../../../components/ui/alert.tsx';
import { Button } from '../../../components/ui/button.tsx';
import { errorMessage } from '../../../lib/errors.ts';
import { plural } from '../../../../shared/format/words.ts';
import { useTRPC } from '../../../lib/trpc.ts';
import { downloadText } from './data-format.ts';

/** Downloads the measurements as a CSV file that imports back; small groups are never in it. */
export function DataExportButton({ networkId, slug }: { networkId: number; slug: string }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [pending, setPending] = useState(false);
  const [result, setResult] = useState<{ tone: 'success' | 'error'; text: string }>();

  async function exportCsv() {
    setPending(true);
    setResult(undefined);
    try {
      const data = await queryClient.fetchQuery({ ...trpc.indicator.exportCsv.queryOptions({ networkId }), staleTime: 0 });
      downloadText(`${slug}-indicator.csv`, data.csv);
      const small = data.suppressed - data.protecting;
      const also = data.protecting ? `, and ${plural(data.protecting, 'other value')} too, so that ${small === 1 ? 'it' : 'they'} cannot be worked out from the total` : '';
      const left = data.suppressed ? ` ${plural(small, 'small-group value was', 'small-group values were')} left out to protect privacy${also}.` : '';
      setResult({ tone: 'success', text: `Exported ${plural(data.rows, 'row')}.${left}` });
    } catch (error) {
      setResult({ tone: 'error', text: errorMessage(error) });
    } finally {
      setPending(false);
    }
  }

  return (
    <div className="flex flex-col gap-2">
      <Button variant="secondary" pending={pending} pendingLabel="Exporting…" onClick={() => void exportCsv()}>
        Export CSV
      </Button>
      {result && (
        <Alert tone={result.tone} className="max-w-sm">
          {result.text}
        </Alert>
      )}
    </div>
  );
}
