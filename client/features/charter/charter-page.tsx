import { useQuery } from '@tanstack/react-query';
import { History, Pencil, Printer } from 'lucide-react';
import { useEffect, useState } from 'react';
import { Link, useLocation, useNavigate } from 'react-router';
import { can } from '../../../shared/domain/permissions.ts';
import { Alert } from '../../components/ui/alert.tsx';
import { Badge } from '../../components/ui/badge.tsx';
import { Button, buttonClasses } from '../../components/ui/button.tsx';
import { Card } from '../../components/ui/card.tsx';
import { ErrorState, LoadingState } from '../../components/ui/states.tsx';
import { useCurrentNetwork } from '../../lib/current-network.ts';
import { errorMessage } from '../../lib/errors.ts';
import { formatDate, formatDateTime } from '../../../shared/format/dates.ts';
import type { RouterOutputs } from '../../lib/trpc.ts';
import { useTRPC } from '../../lib/trpc.ts';
import { usePageTitle } from '../../lib/use-page-title.ts';
import { CharterDocument } from './charter-document.tsx';
import { DraftBanner } from './draft-banner.tsx';
import { who } from './labels.ts';

type Charter = RouterOutputs['charter']['get'];

/** Where the editor sends people after a save, so the page can confirm it. */
export type CharterPageState = { notice?: string } | null;

export function CharterPage() {
  const { network, standing } = useCurrentNetwork();
  usePageTitle(`Charter · ${network.name}`);
  const trpc = useTRPC();
  const location = useLocation();
  const navigate = useNavigate();
  const [notice, setNotice] = useState((location.state as CharterPageState)?.notice);
  // Show the notice once: a reload of this page must not claim the save happened again.
  useEffect(() => {
    if (location.state) void navigate(location.pathname, { replace: true, state: null });
  }, [location.state, location.pathname, navigate]);
  const charter = useQuery(trpc.charter.get.queryOptions({ networkId: network.id }));
  const hasVersions = !!charter.data?.latest;
  const canEdit = can(standing, 'charter.edit');

  return (
    // The print stylesheet prints only this region: the charter, without the app around it.
    <div data-print-region className="space-y-6">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div className="min-w-0 space-y-1">
          <p className="hidden text-base font-medium text-slate-700 print:block">{network.name}</p>
          <h2 className="text-xl font-semibold text-slate-900 print:text-2xl">Charter</h2>
        </div>
        {charter.data && (
          <div className="flex flex-wrap gap-2 print:hidden">
            {canEdit && hasVersions && (
              <Link to="edit" className={buttonClasses('primary', 'md', 'no-underline hover:no-underline')}>
                <Pencil aria-hidden="true" className="size-4" /> Edit the charter
              </Link>
            )}
            {hasVersions && (
              <Link to="history" className={buttonClasses('secondary', 'md', 'no-underline hover:no-underline')}>
                <History aria-hidden="true" className="size-4" /> History
              </Link>
            )}
            {hasVersions && (
              <Button variant="secondary" onClick={() => window.print()}>
                <Printer aria-hidden="true" className="size-4" /> Print
              </Button>
            )}
          </div>
        )}
      </div>
      {notice && (
        <Alert tone="success" className="print:hidden">
          {notice}
        </Alert>
      )}
      {charter.isPending && <LoadingState label="Loading the charter" />}
      {charter.isError && <ErrorState message={errorMessage(charter.error)} onRetry={() => void charter.refetch()} />}
      {charter.data && (
        <>
          <DraftBanner charter={charter.data} onReviewed={setNotice} />
          <CharterInForce charter={charter.data} canEdit={canEdit} />
        </>
      )}
    </div>
  );
}

function CharterInForce({ charter, canEdit }: { charter: Charter; canEdit: boolean }) {
  const { ratified, latest } = charter;
  if (ratified) {
    return (
      <Card className="space-y-6 print:border-0 print:p-0 print:shadow-none">
        <div className="space-y-1 border-b border-slate-200 pb-4">
          <p className="flex flex-wrap items-center gap-2 text-sm text-slate-700">
            <Badge tone="success">Ratified</Badge>
            <span>
              Ratified by {who(ratified.ratifiedBy)} on {formatDate(ratified.ratifiedAt)} (version {ratified.number})
            </span>
          </p>
          {ratified.note && <p className="text-sm break-words text-slate-700">Note: “{ratified.note}”</p>}
        </div>
        <CharterDocument content={ratified.content} names={charter.names} />
      </Card>
    );
  }
  if (latest) {
    // Nothing ratified yet: the newest draft is all there is to read, clearly marked as a draft.
    return (
      <Card className="space-y-6 print:border-0 print:p-0 print:shadow-none">
        <div className="space-y-1 border-b border-slate-200 pb-4">
          <p className="flex flex-wrap items-center gap-2 text-sm text-slate-700">
            <Badge tone="warning">Draft</Badge>
            <span>
              Version {latest.number}, not ratified yet. Saved by {who(latest.authorName)} on {formatDateTime(latest.createdAt)}.
            </span>
          </p>
        </div>
        <CharterDocument content={latest.content} names={charter.names} />
      </Card>
    );
  }
  return <EmptyCharter canEdit={canEdit} />;
}

function EmptyCharter({ canEdit }: { canEdit: boolean }) {
  return (
    <Card className="max-w-2xl space-y-3">
      <h3 className="text-lg font-semibold text-slate-900">No charter yet</h3>
      <p className="text-slate-700">
        A charter is the network’s shared agreement: the aim it works toward (what will improve, for whom, by how much and by when), the
        problem and the local data behind it, who and where the work covers, what each partner commits to, how the network meets, decides
        and shares data, and who convenes, facilitates and leads on data.
      </p>
      <p className="text-slate-700">Facilitators and leads draft it; a lead ratifies it once the network agrees.</p>
      {canEdit ? (
        <Link to="edit" className={buttonClasses('primary', 'md', 'no-underline hover:no-underline')}>
          <Pencil aria-hidden="true" className="size-4" /> Start the charter
        </Link>
      ) : (
        <p className="text-sm text-slate-600">When a facilitator drafts it, you will find it here.</p>
      )}
    </Card>
  );
}
