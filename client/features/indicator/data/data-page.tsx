import { useQuery } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useOutletContext } from 'react-router';
import { can } from '../../../../shared/domain/permissions.ts';
import { Alert } from '../../../components/ui/alert.tsx';
import { Button, buttonClasses } from '../../../components/ui/button.tsx';
import { Field } from '../../../components/ui/field.tsx';
import { Select } from '../../../components/ui/select.tsx';
import { EmptyState, ErrorState, LoadingState } from '../../../components/ui/states.tsx';
import { errorMessage } from '../../../lib/errors.ts';
import { useTRPC } from '../../../lib/trpc.ts';
import { usePageTitle } from '../../../lib/use-page-title.ts';
import { fileStem, refOf, type IndicatorOutlet } from '../indicator-layout.tsx';
import { DataExportButton } from './data-export.tsx';
import { useFormats } from '../../../lib/use-words.ts';
import { DataPeriodForm } from './data-period-form.tsx';
import { DataTable } from './data-table.tsx';
import { NoIndicator } from '../data-no-indicator.tsx';

export function DataPage() {
  const { network, indicator } = useOutletContext<IndicatorOutlet>();
  const { t } = useTranslation('indicator');
  usePageTitle(t('data.pageTitle', { network: network.name }));
  if (!indicator) return <NoIndicator />;
  return <DataView />;
}

function DataView() {
  const { network, standing, indicator } = useOutletContext<IndicatorOutlet>();
  const ind = indicator!;
  const trpc = useTRPC();
  const { t } = useTranslation('indicator');
  const f = useFormats();
  const query = useQuery(trpc.indicator.measurements.queryOptions(refOf(ind)));
  const canEdit = can(standing, 'indicator.edit');
  const [dimensionId, setDimensionId] = useState<number | null>(ind.dimensions[0]?.id ?? null);
  // null: no form open; '' adds a period; a period key changes that period.
  const [editing, setEditing] = useState<string | null>(null);
  const [notice, setNotice] = useState<string>();
  const formHeading = useRef<HTMLHeadingElement>(null);
  // Opening the form (from a row far down the table) takes the person to it.
  useEffect(() => {
    if (editing !== null) formHeading.current?.focus();
  }, [editing]);
  const dimension = ind.dimensions.find((d) => d.id === dimensionId);
  const groups = dimension?.groups ?? [];
  const lines = [{ groupId: null, name: t('equity.whole') }, ...groups.map((g) => ({ groupId: g.id, name: g.name }))];

  return (
    <section aria-labelledby="data-heading" className="space-y-4">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div className="min-w-0 space-y-1">
          <h3 id="data-heading" className="text-lg font-semibold text-slate-900">
            {t('data.heading', { name: ind.name })}
          </h3>
          <p className="text-sm text-slate-600">{t('data.intro', { n: f.count(ind.minGroupSize) })}</p>
        </div>
        <div className="flex flex-wrap gap-2">
          {canEdit && (
            <Link to="../import" className={buttonClasses('secondary')}>
              {t('data.import')}
            </Link>
          )}
          <DataExportButton measure={refOf(ind)} filename={`${fileStem(network.slug, ind)}.csv`} />
        </div>
      </div>

      {notice && <Alert tone="success">{notice}</Alert>}

      {canEdit &&
        (editing === null ? (
          <Button
            onClick={() => {
              setNotice(undefined);
              setEditing('');
            }}
          >
            {t('data.add')}
          </Button>
        ) : (
          <div className="rounded-xl border border-slate-200 bg-white p-4">
            <h4 ref={formHeading} tabIndex={-1} className="mb-3 text-base font-semibold text-slate-900 outline-none">{editing ? t('data.change') : t('data.add')}</h4>
            <DataPeriodForm
              key={editing}
              indicator={ind}
              lines={lines}
              existing={query.data ?? []}
              initialPeriod={editing}
              onCancel={() => setEditing(null)}
              onDone={(message) => {
                setEditing(null);
                setNotice(message);
              }}
            />
          </div>
        ))}

      {ind.dimensions.length > 1 && (
        <Field label={t('data.groups.label')} hint={editing !== null ? t('data.groups.busy') : undefined} className="max-w-xs">
          {(control) => (
            <Select {...control} disabled={editing !== null} value={dimensionId ?? ''} onChange={(e) => setDimensionId(Number(e.target.value))}>
              {ind.dimensions.map((d) => (
                <option key={d.id} value={d.id} translate="no">
                  {d.name}
                </option>
              ))}
            </Select>
          )}
        </Field>
      )}
      {ind.dimensions.length === 1 && dimension && <p className="text-sm text-slate-700">{t('data.groups.by', { dimension: dimension.name })}</p>}

      {query.isPending && <LoadingState label={t('overview.loading')} />}
      {query.isError && <ErrorState message={errorMessage(query.error)} onRetry={() => void query.refetch()} />}
      {query.isSuccess && query.data.length === 0 && (
        <EmptyState>{canEdit ? t('data.empty.canEdit') : t('data.empty.readOnly')}</EmptyState>
      )}
      {query.isSuccess && query.data.length > 0 && (
        <DataTable
          indicator={ind}
          rows={query.data}
          groups={groups}
          canEdit={canEdit}
          onEdit={(period) => {
            setNotice(undefined);
            setEditing(period);
          }}
        />
      )}
    </section>
  );
}
