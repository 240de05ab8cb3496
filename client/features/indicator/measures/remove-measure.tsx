import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Trash2 } from 'lucide-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { paths } from '../../../app/paths.ts';
import { Button } from '../../../components/ui/button.tsx';
import { ConfirmDialog } from '../../../components/ui/dialog.tsx';
import { errorMessage } from '../../../lib/errors.ts';
import { isStaleVersion } from '../../../lib/stale-version.ts';
import { useTRPC } from '../../../lib/trpc.ts';
import { useStaleVersion } from '../../../lib/use-stale-version.ts';
import { useFormats } from '../../../lib/use-words.ts';
import { refOf, type Indicator } from '../indicator-layout.tsx';

/** What the Measures page says after a measure was removed. */
export type MeasuresPageState = { notice?: string };

/** Removing a measure beside the outcome asks first, and says what goes with it: its values. */
export function RemoveMeasure({ measure, slug }: { measure: Indicator; slug: string }) {
  const { t } = useTranslation('indicator');
  const f = useFormats();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [open, setOpen] = useState(false);
  // The version the person saw when they chose to remove: a newer one is asked about again.
  const versions = useStaleVersion(measure.version);
  const [error, setError] = useState<string | null>(null);
  const remove = useMutation(trpc.indicator.remove.mutationOptions());
  // The definition form above waits for the same values: shown with it, so nothing jumps down the page.
  const formReady = useQuery(trpc.indicator.measurements.queryOptions(refOf(measure))).isSuccess;

  function confirm() {
    setError(null);
    remove.mutate(
      { networkId: measure.networkId, indicatorId: measure.id, version: versions.seen },
      {
        onSuccess: async () => {
          setOpen(false);
          const state: MeasuresPageState = { notice: t('measures.remove.done', { name: measure.name }) };
          await navigate(paths.indicatorMeasures.href({ slug }), { state });
          // Only after leaving: refetching the measure now would show "not found" first.
          await queryClient.invalidateQueries(trpc.indicator.pathFilter());
        },
        onError: async (e) => {
          if (!isStaleVersion(e)) return setError(errorMessage(e));
          const fresh = await queryClient.fetchQuery({ ...trpc.indicator.get.queryOptions(refOf(measure)), staleTime: 0 }).catch(() => null);
          if (!fresh) return setError(t('measures.remove.reloadFailed'));
          versions.refused(fresh.version);
          setError(t('measures.remove.stale'));
        },
      },
    );
  }

  const values = measure.measurements;
  if (!formReady) return null;
  return (
    <section aria-labelledby="remove-measure-heading" className="space-y-2 rounded-xl border border-slate-200 bg-white p-4 shadow-xs sm:p-5">
      <h3 id="remove-measure-heading" className="text-base font-semibold text-slate-900">
        {t('measures.remove.heading')}
      </h3>
      <p className="text-sm text-slate-700">{t('measures.remove.intro')}</p>
      <ConfirmDialog
        open={open}
        onOpenChange={(o) => {
          setOpen(o);
          if (o) {
            versions.clear(measure.version);
            setError(null);
          }
        }}
        trigger={
          <Button variant="secondary">
            <Trash2 aria-hidden="true" className="size-4" /> {t('measures.remove.button')}
          </Button>
        }
        title={t('measures.remove.title', { name: measure.name })}
        description={values === 0 ? t('measures.remove.noValues') : t('measures.remove.values', { count: values, n: f.count(values) })}
        confirmLabel={t('measures.remove.confirm')}
        danger
        pending={remove.isPending}
        error={error ?? undefined}
        onConfirm={confirm}
      />
    </section>
  );
}
