import { useTranslation } from 'react-i18next';
import { useOutletContext } from 'react-router';
import { can } from '../../../../shared/domain/permissions.ts';
import { Card } from '../../../components/ui/card.tsx';
import { usePageTitle } from '../../../lib/use-page-title.ts';
import { DefinitionForm } from './definition-form.tsx';
import { RemoveMeasure } from '../measures/remove-measure.tsx';
import type { IndicatorOutlet } from '../indicator-layout.tsx';
import { paths } from '../../../app/paths.ts';
import { useFormats } from '../../../lib/use-words.ts';

export function IndicatorEditPage() {
  const { network, standing, indicator } = useOutletContext<IndicatorOutlet>();
  const { t } = useTranslation('indicator');
  const f = useFormats();
  const title = !indicator ? t('overview.none.define') : indicator.kind === 'outcome' ? t('definition.editTitle') : t('measures.editTitle');
  usePageTitle(t('overview.pageTitle', { name: title, network: network.name }));
  const overview = !indicator || indicator.kind === 'outcome' ? paths.indicator.href({ slug: network.slug }) : paths.measure.href({ slug: network.slug, measureId: indicator.id });
  if (!can(standing, 'indicator.edit')) {
    return (
      <section aria-labelledby="edit-heading" className="max-w-2xl space-y-2 rounded-xl border border-slate-200 bg-white p-4 shadow-xs sm:p-5">
        <h3 id="edit-heading" className="text-lg font-semibold text-slate-900">
          {t('definition.readOnly.heading')}
        </h3>
        <p className="text-slate-700">{t('definition.readOnly.body')}</p>
      </section>
    );
  }
  return (
    <div className="max-w-2xl space-y-4">
      <h3 className="text-lg font-semibold text-slate-900">{title}</h3>
      {indicator && indicator.measurements > 0 && (
        <p className="text-sm text-slate-600">
          {t('definition.locked', { count: indicator.measurements, n: f.count(indicator.measurements) })}
        </p>
      )}
      <Card>
        <DefinitionForm networkId={network.id} indicator={indicator} done={() => overview} />
      </Card>
      {indicator && indicator.kind !== 'outcome' && <RemoveMeasure measure={indicator} slug={network.slug} />}
    </div>
  );
}
