import { useTranslation } from 'react-i18next';
import { useOutletContext, useSearchParams } from 'react-router';
import { can } from '../../../../shared/domain/permissions.ts';
import { paths } from '../../../app/paths.ts';
import { Card } from '../../../components/ui/card.tsx';
import { EmptyState } from '../../../components/ui/states.tsx';
import { usePageTitle } from '../../../lib/use-page-title.ts';
import { DefinitionForm } from '../definition/definition-form.tsx';
import { SIDE_KINDS } from '../definition/definition-values.ts';
import type { IndicatorOutlet } from '../indicator-layout.tsx';

/** A new contributing indicator, process or balancing measure: the outcome's definition form, with its place in the work. */
export function NewMeasurePage() {
  const { network, standing } = useOutletContext<IndicatorOutlet>();
  const { t } = useTranslation('indicator');
  usePageTitle(t('overview.pageTitle', { name: t('measures.new.title'), network: network.name }));
  // The Measures page's buttons say which kind; the form lets the person change it.
  const asked = useSearchParams()[0].get('kind');
  const kind = SIDE_KINDS.find((k) => k === asked) ?? 'contributing';
  if (!can(standing, 'indicator.edit')) return <EmptyState>{t('definition.readOnly.body')}</EmptyState>;
  const slug = network.slug;
  return (
    <div className="max-w-2xl space-y-4">
      <h3 className="text-lg font-semibold text-slate-900">{t('measures.new.title')}</h3>
      <p className="text-sm text-slate-700">{t('measures.new.intro')}</p>
      <Card>
        <DefinitionForm networkId={network.id} indicator={null} kind={kind} done={(id) => (id === null ? paths.indicatorMeasures.href({ slug }) : paths.measure.href({ slug, measureId: id }))} />
      </Card>
    </div>
  );
}
