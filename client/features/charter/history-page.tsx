import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { Badge } from '../../components/ui/badge.tsx';
import { Button } from '../../components/ui/button.tsx';
import { Card } from '../../components/ui/card.tsx';
import { Field } from '../../components/ui/field.tsx';
import { Select } from '../../components/ui/select.tsx';
import { EmptyState, ErrorState, LoadingState } from '../../components/ui/states.tsx';
import { useCurrentNetwork } from '../../lib/current-network.ts';
import { errorMessage } from '../../lib/errors.ts';
import { formatDateTime } from '../../../shared/format/dates.ts';
import { useTRPC } from '../../lib/trpc.ts';
import { usePageTitle } from '../../lib/use-page-title.ts';
import { BackLink } from '../../components/ui/back-link.tsx';
import { who } from './labels.ts';
import { defaultComparison, versionInForce, type CharterVersionSummary } from './versions.ts';

export function CharterHistoryPage() {
  const { network } = useCurrentNetwork();
  usePageTitle(`Charter history · ${network.name}`);
  const trpc = useTRPC();
  const versions = useQuery(trpc.charter.versions.queryOptions({ networkId: network.id }));
  const inForce = versions.data ? versionInForce(versions.data) : null;

  return (
    <div className="space-y-6">
      <div className="space-y-1">
        <BackLink to="..">Back to the charter</BackLink>
        <h2 className="text-xl font-semibold text-slate-900">Charter history</h2>
        <p className="text-sm text-slate-600">Every save is a version. Compare any two to see what changed.</p>
      </div>
      {versions.isPending && <LoadingState label="Loading the history" />}
      {versions.isError && <ErrorState message={errorMessage(versions.error)} onRetry={() => void versions.refetch()} />}
      {versions.data?.length === 0 && <EmptyState>No version of the charter has been saved yet.</EmptyState>}
      {versions.data && versions.data.length >= 2 && <CompareForm versions={versions.data} />}
      {versions.data && versions.data.length > 0 && (
        <ol aria-label="Versions, newest first" className="divide-y divide-slate-200 rounded-xl border border-slate-200 bg-white shadow-xs">
          {versions.data.map((v, i) => (
            <VersionItem key={v.number} version={v} inForce={v.number === inForce} newest={i === 0} />
          ))}
        </ol>
      )}
    </div>
  );
}

function CompareForm({ versions }: { versions: CharterVersionSummary[] }) {
  const navigate = useNavigate();
  const initial = defaultComparison(versions)!;
  const [from, setFrom] = useState(initial.from);
  const [to, setTo] = useState(initial.to);
  const options = versions.map((v) => (
    <option key={v.number} value={v.number}>
      Version {v.number}
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
        <h3 className="text-base font-semibold text-slate-900">Compare two versions</h3>
        <div className="grid items-end gap-3 sm:grid-cols-[1fr_1fr_auto]">
          <Field label="Older version">
            {(p) => (
              <Select {...p} value={from} onChange={(e) => setFrom(Number(e.target.value))}>
                {options}
              </Select>
            )}
          </Field>
          <Field label="Newer version">
            {(p) => (
              <Select {...p} value={to} onChange={(e) => setTo(Number(e.target.value))}>
                {options}
              </Select>
            )}
          </Field>
          <Button type="submit" disabled={from === to}>
            Compare
          </Button>
        </div>
        {from === to && <p className="text-sm text-slate-600">Choose two different versions.</p>}
      </form>
    </Card>
  );
}

function VersionItem({ version, inForce, newest }: { version: CharterVersionSummary; inForce: boolean; newest: boolean }) {
  return (
    <li className="space-y-2 p-4">
      <div className="flex flex-wrap items-center gap-2">
        <h3 className="font-semibold text-slate-900">Version {version.number}</h3>
        {inForce && <Badge tone="success">In force</Badge>}
        {newest && !inForce && <Badge tone="accent">Newest</Badge>}
        {version.reviews.map((r, i) =>
          r.decision === 'ratified' ? (
            <Badge key={i} tone="success">
              Ratified
            </Badge>
          ) : (
            <Badge key={i} tone="warning">
              Returned
            </Badge>
          ),
        )}
      </div>
      <p className="text-sm text-slate-700">
        Saved by {who(version.authorName)} on {formatDateTime(version.createdAt)}
      </p>
      <p className="break-words text-slate-900">“{version.changeNote}”</p>
      {version.reviews.length > 0 && (
        <ul className="space-y-1 text-sm text-slate-700">
          {version.reviews.map((r, i) => (
            <li key={i} className="break-words">
              {r.decision === 'ratified' ? 'Ratified' : 'Returned'} by {who(r.reviewerName)} on {formatDateTime(r.at)}
              {r.comment && <>: “{r.comment}”</>}
            </li>
          ))}
        </ul>
      )}
      <div className="flex flex-wrap gap-x-4 gap-y-1 text-sm font-medium">
        <Link to={`../versions/${version.number}`} className="inline-flex min-h-11 items-center">
          Read version {version.number}
        </Link>
        {version.number > 1 && (
          <Link to={`../compare?from=${version.number - 1}&to=${version.number}`} className="inline-flex min-h-11 items-center">
            Compare with version {version.number - 1}
          </Link>
        )}
      </div>
    </li>
  );
}
