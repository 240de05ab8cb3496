import { useQuery } from '@tanstack/react-query';
import { History, Pencil, Printer } from 'lucide-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate } from 'react-router';
import { can } from '../../../shared/domain/permissions.ts';
import { Alert } from '../../components/ui/alert.tsx';
import { Badge } from '../../components/ui/badge.tsx';
import { Button, buttonClasses } from '../../components/ui/button.tsx';
import { Card } from '../../components/ui/card.tsx';
import { ErrorState, LoadingState } from '../../components/ui/states.tsx';
import { useCurrentNetwork } from '../../lib/current-network.ts';
import { errorMessage } from '../../lib/errors.ts';
import { useFormats, useWords } from '../../lib/use-words.ts';
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
  const { t } = useTranslation('charter');
  const { network, standing } = useCurrentNetwork();
  usePageTitle(t('page.title', { network: network.name }));
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
          <p translate="no" className="hidden text-base font-medium text-slate-700 print:block">{network.name}</p>
          <h2 className="text-xl font-semibold text-slate-900 print:text-2xl">{t('page.heading')}</h2>
        </div>
        {charter.data && (
          <div className="flex flex-wrap gap-2 print:hidden">
            {canEdit && hasVersions && (
              <Link to="edit" className={buttonClasses('primary', 'md', 'no-underline hover:no-underline')}>
                <Pencil aria-hidden="true" className="size-4" /> {t('page.edit')}
              </Link>
            )}
            {hasVersions && (
              <Link to="history" className={buttonClasses('secondary', 'md', 'no-underline hover:no-underline')}>
                <History aria-hidden="true" className="size-4" /> {t('page.history')}
              </Link>
            )}
            {hasVersions && (
              <Button variant="secondary" onClick={() => window.print()}>
                <Printer aria-hidden="true" className="size-4" /> {t('page.print')}
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
      {charter.isPending && <LoadingState label={t('page.loading')} />}
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
  const { t } = useTranslation('charter');
  const w = useWords('charter');
  const f = useFormats();
  const { ratified, latest } = charter;
  if (ratified) {
    return (
      <Card className="space-y-6 print:border-0 print:p-0 print:shadow-none">
        <div className="space-y-1 border-b border-slate-200 pb-4">
          <p className="flex flex-wrap items-center gap-2 text-sm text-slate-700">
            <Badge tone="success">{t('status.ratified')}</Badge>
            <span>{t('page.ratifiedBy', { name: who(w, ratified.ratifiedBy), date: f.date(ratified.ratifiedAt), version: ratified.number })}</span>
          </p>
          {ratified.note && <p className="text-sm break-words text-slate-700">{t('page.note', { note: ratified.note })}</p>}
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
            <Badge tone="warning">{t('status.draft')}</Badge>
            <span>{t('page.draftSaved', { version: latest.number, name: who(w, latest.authorName), date: f.dateTime(latest.createdAt) })}</span>
          </p>
        </div>
        <CharterDocument content={latest.content} names={charter.names} />
      </Card>
    );
  }
  return <EmptyCharter canEdit={canEdit} />;
}

function EmptyCharter({ canEdit }: { canEdit: boolean }) {
  const { t } = useTranslation('charter');
  return (
    <Card className="max-w-2xl space-y-3">
      <h3 className="text-lg font-semibold text-slate-900">{t('empty.heading')}</h3>
      <p className="text-slate-700">{t('empty.what')}</p>
      <p className="text-slate-700">{t('empty.who')}</p>
      {canEdit ? (
        <Link to="edit" className={buttonClasses('primary', 'md', 'no-underline hover:no-underline')}>
          <Pencil aria-hidden="true" className="size-4" /> {t('empty.start')}
        </Link>
      ) : (
        <p className="text-sm text-slate-600">{t('empty.wait')}</p>
      )}
    </Card>
  );
}
