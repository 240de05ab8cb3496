import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { Badge } from '../../components/ui/badge.tsx';
import { Button } from '../../components/ui/button.tsx';
import { Card } from '../../components/ui/card.tsx';
import { Field } from '../../components/ui/field.tsx';
import { Select } from '../../components/ui/select.tsx';
import { EmptyState, ErrorState, LoadingState } from '../../components/ui/states.tsx';
import { useCurrentNetwork } from '../../lib/current-network.ts';
import { errorMessage } from '../../lib/errors.ts';
import { useFormats, useWords } from '../../lib/use-words.ts';
import { useTRPC } from '../../lib/trpc.ts';
import { usePageTitle } from '../../lib/use-page-title.ts';
import { BackLink } from '../../components/ui/back-link.tsx';
import { who } from './labels.ts';
import { defaultComparison, versionInForce, type CharterVersionSummary } from './versions.ts';

export function CharterHistoryPage() {
  const { t } = useTranslation('charter');
  const { network } = useCurrentNetwork();
  usePageTitle(t('history.title', { network: network.name }));
  const trpc = useTRPC();
  const versions = useQuery(trpc.charter.versions.queryOptions({ networkId: network.id }));
  const inForce = versions.data ? versionInForce(versions.data) : null;

  return (
    <div className="space-y-6">
      <div className="space-y-1">
        <BackLink to="..">{t('history.back')}</BackLink>
        <h2 className="text-xl font-semibold text-slate-900">{t('history.heading')}</h2>
        <p className="text-sm text-slate-600">{t('history.intro')}</p>
      </div>
      {versions.isPending && <LoadingState label={t('history.loading')} />}
      {versions.isError && <ErrorState message={errorMessage(versions.error)} onRetry={() => void versions.refetch()} />}
      {versions.data?.length === 0 && <EmptyState>{t('history.empty')}</EmptyState>}
      {versions.data && versions.data.length >= 2 && <CompareForm versions={versions.data} />}
      {versions.data && versions.data.length > 0 && (
        <ol aria-label={t('history.list')} className="divide-y divide-slate-200 rounded-xl border border-slate-200 bg-white shadow-xs">
          {versions.data.map((v, i) => (
            <VersionItem key={v.number} version={v} inForce={v.number === inForce} newest={i === 0} />
          ))}
        </ol>
      )}
    </div>
  );
}

function CompareForm({ versions }: { versions: CharterVersionSummary[] }) {
  const { t } = useTranslation('charter');
  const navigate = useNavigate();
  const initial = defaultComparison(versions)!;
  const [from, setFrom] = useState(initial.from);
  const [to, setTo] = useState(initial.to);
  const options = versions.map((v) => (
    <option key={v.number} value={v.number}>
      {t('compare.version', { version: v.number })}
    </option>
  ));
  return (
    <Card>
      <form
        className="space-y-3"
        onSubmit={(e) => {
          e.preventDefault();
          void navigate(`../compare?from=${from}&to=${to}`);
        }}
      >
        <h3 className="text-base font-semibold text-slate-900">{t('history.compareTwo')}</h3>
        <div className="grid items-end gap-3 sm:grid-cols-[1fr_1fr_auto]">
          <Field label={t('compare.older')}>
            {(p) => (
              <Select {...p} value={from} onChange={(e) => setFrom(Number(e.target.value))}>
                {options}
              </Select>
            )}
          </Field>
          <Field label={t('compare.newer')}>
            {(p) => (
              <Select {...p} value={to} onChange={(e) => setTo(Number(e.target.value))}>
                {options}
              </Select>
            )}
          </Field>
          <Button type="submit" disabled={from === to}>
            {t('history.compare')}
          </Button>
        </div>
        {from === to && <p className="text-sm text-slate-600">{t('compare.same')}</p>}
      </form>
    </Card>
  );
}

function VersionItem({ version, inForce, newest }: { version: CharterVersionSummary; inForce: boolean; newest: boolean }) {
  const { t } = useTranslation('charter');
  const w = useWords('charter');
  const f = useFormats();
  return (
    <li className="space-y-2 p-4">
      <div className="flex flex-wrap items-center gap-2">
        <h3 className="font-semibold text-slate-900">{t('compare.version', { version: version.number })}</h3>
        {inForce && <Badge tone="success">{t('status.inForce')}</Badge>}
        {newest && !inForce && <Badge tone="accent">{t('status.newest')}</Badge>}
        {version.reviews.map((r, i) =>
          r.decision === 'ratified' ? (
            <Badge key={i} tone="success">
              {t('status.ratified')}
            </Badge>
          ) : (
            <Badge key={i} tone="warning">
              {t('status.returned')}
            </Badge>
          ),
        )}
      </div>
      <p className="text-sm text-slate-700">{t('history.savedBy', { name: who(w, version.authorName), date: f.dateTime(version.createdAt) })}</p>
      <p className="break-words text-slate-900">{t('history.quoted', { note: version.changeNote })}</p>
      {version.reviews.length > 0 && (
        <ul className="space-y-1 text-sm text-slate-700">
          {version.reviews.map((r, i) => (
            <li key={i} className="break-words">
              {t(r.decision === 'ratified' ? 'history.ratifiedBy' : 'history.returnedBy', { name: who(w, r.reviewerName), date: f.dateTime(r.at) })}
              {r.comment && t('history.comment', { comment: r.comment })}
            </li>
          ))}
        </ul>
      )}
      <div className="flex flex-wrap gap-x-4 gap-y-1 text-sm font-medium">
        <Link to={`../versions/${version.number}`} className="inline-flex min-h-11 items-center">
          {t('banner.read', { version: version.number })}
        </Link>
        {version.number > 1 && (
          <Link to={`../compare?from=${version.number - 1}&to=${version.number}`} className="inline-flex min-h-11 items-center">
            {t('history.compareWith', { version: version.number - 1 })}
          </Link>
        )}
      </div>
    </li>
  );
}
