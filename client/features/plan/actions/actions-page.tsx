import { Plus, X } from 'lucide-react';
import { useState } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { Link, useLocation, useSearchParams } from 'react-router';
import { isOverdue, localToday } from '../../../../shared/domain/plan.ts';
import { can } from '../../../../shared/domain/permissions.ts';
import { ACTION_STATUSES } from '../../../../shared/schemas/plan.ts';
import { SuccessNotice } from '../../../components/ui/success-notice.tsx';
import { buttonClasses } from '../../../components/ui/button.tsx';
import { cx } from '../../../components/ui/cx.ts';
import { Field } from '../../../components/ui/field.tsx';
import { Select } from '../../../components/ui/select.tsx';
import { EmptyState } from '../../../components/ui/states.tsx';
import { useFormats, useWords } from '../../../lib/use-words.ts';
import { usePageTitle } from '../../../lib/use-page-title.ts';
import { ActionCard } from './action-card.tsx';
import type { ActionPageState } from './action-form.tsx';
import { filterActions, GROUPS, groupActions, readFilters, sortActions, SORTS, type Filters } from './action-list.ts';
import { usePlan } from '../use-plan.ts';
import { paths } from '../../../app/paths.ts';

export function ActionsPage() {
  const { t } = useTranslation(['plan', 'common']);
  const w = useWords('plan');
  const f = useFormats();
  const { network, standing, myId, plan } = usePlan();
  usePageTitle(t('actions.title', { network: network.name }));
  const [params, setParams] = useSearchParams();
  const location = useLocation();
  const [notice] = useState((location.state as ActionPageState)?.notice);
  const canEdit = can(standing, 'plan.edit');
  const today = localToday();

  const mineCount = plan.actions.filter((a) => a.ownerId === myId).length;
  // A member who owns actions comes here for theirs; editors look after the whole list.
  const filters = readFilters(params, !canEdit && mineCount > 0 ? 'mine' : 'all');
  const shown = sortActions(filterActions(plan.actions, filters, myId, today), filters.sort);
  const groups = groupActions(w, shown, filters.group);
  const overdue = plan.actions.filter((a) => isOverdue(a, today)).length;
  const node = filters.node ? plan.nodes.find((n) => String(n.id) === filters.node) : undefined;

  function set(key: keyof Filters, value: string) {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next, { replace: true });
  }

  return (
    <section aria-labelledby="actions-heading" className="space-y-4">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div className="space-y-1">
          <h3 id="actions-heading" className="text-lg font-semibold text-slate-900">
            {t('layout.sections.actions')}
          </h3>
          <p className="text-sm text-slate-600">
            {overdue > 0
              ? t('actions.inPlanOverdue', { count: plan.actions.length, n: f.count(plan.actions.length), overdue: f.count(overdue) })
              : t('actions.inPlan', { count: plan.actions.length, n: f.count(plan.actions.length) })}
          </p>
        </div>
        {canEdit && (
          <Link to={paths.newAction.href({ slug: network.slug }, { node: node?.id })} className={buttonClasses('primary', 'md', 'no-underline hover:no-underline')}>
            <Plus aria-hidden="true" className="size-4" /> {t('actions.add')}
          </Link>
        )}
      </div>
      {notice && <SuccessNotice>{notice}</SuccessNotice>}

      <div role="group" aria-label={t('actions.whose')} className="inline-flex rounded-lg border border-slate-300 bg-white p-0.5 shadow-xs">
        {(['mine', 'all'] as const).map((view) => (
          <button
            key={view}
            type="button"
            aria-pressed={filters.view === view}
            onClick={() => set('view', view)}
            className={cx(
              'min-h-10 rounded-md px-3 text-sm font-medium',
              filters.view === view ? 'bg-accent-700 text-white' : 'text-slate-700 hover:bg-slate-100',
            )}
          >
            {view === 'mine' ? t('actions.mine', { n: f.count(mineCount) }) : t('actions.all', { n: f.count(plan.actions.length) })}
          </button>
        ))}
      </div>

      {/* Sorting spans the row on a phone and gets the widest column on a desktop: its choices are the longest. */}
      <div className="grid grid-cols-2 gap-3 lg:grid-cols-[repeat(4,minmax(0,1fr))_minmax(13rem,1.2fr)]">
        <Field label={t('actions.filter.status')}>
          {(p) => (
            <Select {...p} value={filters.status} onChange={(e) => set('status', e.target.value)}>
              <option value="">{t('actions.filter.anyStatus')}</option>
              <option value="overdue">{t('actions.overdue')}</option>
              {ACTION_STATUSES.map((s) => (
                <option key={s} value={s}>
                  {t(`common:labels.actionStatus.${s}`)}
                </option>
              ))}
            </Select>
          )}
        </Field>
        <Field label={t('actions.filter.owner')}>
          {(p) => (
            <Select {...p} value={filters.owner} onChange={(e) => set('owner', e.target.value)}>
              <option value="">{t('actions.filter.anyone')}</option>
              {unique(plan.actions.filter((a) => a.ownerId).map((a) => [a.ownerId!, a.ownerName ?? t('someone')])).map(([id, name]) => (
                <option key={id} value={id} translate="no">
                  {name}
                </option>
              ))}
              <option value="none">{t('actions.noOwner')}</option>
            </Select>
          )}
        </Field>
        <Field label={t('actions.filter.organization')}>
          {(p) => (
            <Select {...p} value={filters.organization} onChange={(e) => set('organization', e.target.value)}>
              <option value="">{t('actions.filter.anyOrganization')}</option>
              {unique(plan.actions.filter((a) => a.partnerOrganizationId).map((a) => [String(a.partnerOrganizationId), a.organizationName ?? ''])).map(
                ([id, name]) => (
                  <option key={id} value={id} translate="no">
                    {name}
                  </option>
                ),
              )}
              <option value="none">{t('actions.noOrganization')}</option>
            </Select>
          )}
        </Field>
        <Field label={t('actions.filter.groupBy')}>
          {(p) => (
            <Select {...p} value={filters.group} onChange={(e) => set('group', e.target.value === 'none' ? '' : e.target.value)}>
              {GROUPS.map((key) => (
                <option key={key} value={key}>
                  {t(`actions.group.${key}`)}
                </option>
              ))}
            </Select>
          )}
        </Field>
        <Field label={t('actions.filter.sortBy')} className="col-span-2 lg:col-span-1">
          {(p) => (
            <Select {...p} value={filters.sort} onChange={(e) => set('sort', e.target.value === 'due' ? '' : e.target.value)}>
              {SORTS.map((key) => (
                <option key={key} value={key}>
                  {t(`actions.sort.${key}`)}
                </option>
              ))}
            </Select>
          )}
        </Field>
      </div>

      {node && (
        <p className="flex flex-wrap items-center gap-2 text-sm text-slate-800">
          <span className="break-words">
            <Trans
              t={t}
              i18nKey="actions.linkedTo"
              values={{ kind: t(`kind.lower.${node.kind}`), title: node.title }}
              components={{ strong: <strong className="font-semibold" /> }}
            />
          </span>
          <button
            type="button"
            onClick={() => set('node', '')}
            className="inline-flex min-h-11 items-center gap-1 rounded-lg px-2 font-medium text-accent-800 hover:bg-slate-100"
          >
            <X aria-hidden="true" className="size-4" /> {t('actions.showAll')}
          </button>
        </p>
      )}

      <p aria-live="polite" className="text-sm text-slate-700">
        {shown.length === plan.actions.length
          ? t('actions.showingAll', { count: shown.length, n: f.count(shown.length) })
          : t('actions.showingSome', { count: plan.actions.length, shown: f.count(shown.length), n: f.count(plan.actions.length) })}
      </p>

      {plan.actions.length === 0 ? (
        <EmptyState>
          {canEdit ? t('actions.emptyEditor') : t('actions.empty')}
        </EmptyState>
      ) : shown.length === 0 ? (
        <EmptyState>{t('actions.noMatch')}</EmptyState>
      ) : (
        groups.map((g) => (
          <div key={g.key} className="space-y-2">
            {g.label && (
              <h4 className="text-sm font-semibold text-slate-900">
                <span translate={g.ownName ? 'no' : undefined}>{g.label}</span>{' '}
                <span className="font-normal text-slate-600">{t('actions.groupCount', { n: f.count(g.actions.length) })}</span>
              </h4>
            )}
            <ul aria-label={g.label ? t('actions.listOf', { group: g.label }) : t('layout.sections.actions')} className="divide-y divide-slate-200 rounded-xl border border-slate-200 bg-white shadow-xs">
              {g.actions.map((a) => (
                <ActionCard key={a.id} action={a} plan={plan} slug={network.slug} today={today} mine={a.ownerId === myId} />
              ))}
            </ul>
          </div>
        ))
      )}
    </section>
  );
}

function unique(pairs: [string, string][]): [string, string][] {
  return [...new Map(pairs)].sort((a, b) => a[1].localeCompare(b[1]));
}
