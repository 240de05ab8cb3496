import { useQuery } from '@tanstack/react-query';
import { useEffect, useMemo } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams, type Blocker } from 'react-router';
import { can } from '../../../shared/domain/permissions.ts';
import { buildDocument } from '../../../shared/report/document.ts';
import { ReportView } from '../../components/report/report-view.tsx';
import { Alert } from '../../components/ui/alert.tsx';
import { Badge } from '../../components/ui/badge.tsx';
import { LeaveWithoutSavingDialog, useLeaveGuard } from '../../components/ui/leave-without-saving.tsx';
import { MessagePage } from '../../components/ui/message-page.tsx';
import { ErrorState, LoadingState } from '../../components/ui/states.tsx';
import { useCurrentNetwork } from '../../lib/current-network.ts';
import { errorCode, errorMessage } from '../../lib/errors.ts';
import { currentLanguage } from '../../lib/i18n.ts';
import { useFormats } from '../../lib/use-words.ts';
import { useTRPC } from '../../lib/trpc.ts';
import { usePageTitle } from '../../lib/use-page-title.ts';
import { ComposerFields } from './composer-fields.tsx';
import { ConflictView } from './conflict-view.tsx';
import { DeleteReport } from './delete-report.tsx';
import { ExportButtons } from './export-buttons.tsx';
import { PublishDialog } from './publish-dialog.tsx';
import { SaveStatus } from './save-status.tsx';
import { useReportDraft } from './use-report-draft.ts';
import { languageName, STATUS_TONES, useRefreshReports, type ReportDraftData, type ReportPageState } from './use-reports.ts';
import { paths } from '../../app/paths.ts';

/** What the leave dialog is shown while a leave waits for the save in progress: nothing to ask yet. */
const QUIET: Blocker = { state: 'unblocked', proceed: undefined, reset: undefined, location: undefined };

export function ReportComposerPage() {
  const { t } = useTranslation('reports');
  const { network, standing } = useCurrentNetwork();
  const { reportId: param = '' } = useParams();
  const reportId = Number(param);
  const trpc = useTRPC();
  const canEdit = can(standing, 'report.edit');
  const query = useQuery({ ...trpc.report.draft.queryOptions({ networkId: network.id, reportId }), enabled: canEdit && Number.isInteger(reportId) && reportId > 0 });
  usePageTitle(query.data ? t('composer.pageTitle', { title: query.data.draft.title, network: network.name }) : t('page.title', { network: network.name }));

  if (!canEdit) {
    return (
      <MessagePage headingLevel={2} title={t('composer.onlyEditors')}>
        {t('composer.onlyEditorsBody')}
      </MessagePage>
    );
  }
  if (!Number.isInteger(reportId) || reportId <= 0 || (query.isError && errorCode(query.error) === 'NOT_FOUND')) {
    return (
      <MessagePage headingLevel={2} title={t('notFound.title')}>
        <Trans t={t} i18nKey="composer.notFound" components={{ a: <Link to={paths.reports.href({ slug: network.slug })} /> }} />
      </MessagePage>
    );
  }
  if (query.isPending) return <LoadingState label={t('loadingReport')} />;
  if (query.isError) return <ErrorState message={errorMessage(query.error)} onRetry={() => void query.refetch()} />;
  return <Composer key={reportId} data={query.data} />;
}

function Composer({ data }: { data: ReportDraftData }) {
  const { t } = useTranslation('reports');
  const f = useFormats();
  const { network } = useCurrentNetwork();
  const navigate = useNavigate();
  const refresh = useRefreshReports();
  const { draft, base, conflict, status, unsaved, restored, ...composer } = useReportDraft(data);

  const guard = useLeaveGuard(unsaved);
  // Leaving while a save is only waiting for typing to pause: save now and go once it is saved;
  // the question is asked only when it cannot be (a failure, a conflict, a field to fix).
  const blocked = guard.blocker.state === 'blocked';
  const canFlush = status === 'waiting' || status === 'saving';
  const { saveNow } = composer;
  useEffect(() => {
    if (blocked && canFlush) void saveNow();
  }, [blocked, canFlush, saveNow]);
  useEffect(() => {
    if (guard.blocker.state === 'blocked' && !unsaved) guard.blocker.proceed();
  }, [guard.blocker, unsaved]);

  const learnings = data.document.content.cycles.learnings;
  const preview = useMemo(
    () => buildDocument(data.document.content, { title: draft.title, narrative: draft.narrative, featuredCycleIds: draft.featuredCycleIds, hidden: draft.hidden }),
    [data.document.content, draft],
  );
  const published = data.publications.length;
  const latest = data.publications[0] ?? null;
  const canPublish = status === 'saved' && !unsaved;
  // The draft as published: the only thing left to publish is the same version in another language.
  const draftIsPublished = data.status === 'published' && base.version === data.version;

  function onPublished({ number, language }: { number: number; language: string }) {
    composer.forget();
    guard.release();
    void refresh();
    const notice =
      latest && number === latest.number
        ? t('composer.publishedIn', { version: number, language: languageName(language, f.locale) })
        : number === 1
          ? t('composer.publishedFirst')
          : t('composer.publishedNext', { version: number });
    const state: ReportPageState = { notice };
    const screen = currentLanguage() === 'pseudo' ? 'en' : currentLanguage();
    void navigate(paths.report.href({ slug: network.slug, reportId: data.id }, { language: language === screen ? undefined : language }), { state });
  }

  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div className="min-w-0 space-y-1">
          <p className="text-sm">
            <Link to={paths.reports.href({ slug: network.slug })}>{t('allReports')}</Link>
          </p>
          <h2 className="text-xl font-semibold break-words text-slate-900">{published ? t('composer.headingEdit') : t('composer.headingCompose')}</h2>
          <p className="flex flex-wrap items-center gap-2 text-sm text-slate-700">
            <Badge tone={STATUS_TONES[data.status]}>{t(`status.${data.status}`)}</Badge>
            {published > 0 && (
              <Link to={paths.report.href({ slug: network.slug, reportId: data.id })}>
                {t('composer.seePublished', { version: data.publications[0]!.number })}
              </Link>
            )}
          </p>
        </div>
        <div className="flex flex-wrap items-center gap-2">
          <SaveStatus status={status} failure={composer.failure} onRetry={() => void saveNow()} />
          <PublishDialog
            networkId={network.id}
            reportId={data.id}
            version={base.version}
            latest={latest}
            draftIsPublished={draftIsPublished}
            disabled={!canPublish}
            onPublished={onPublished}
          />
        </div>
      </div>

      {restored && !conflict && (
        <Alert title={t('composer.restored', { time: f.dateTime(new Date(restored.savedAt)) })}>
          <p>{t('composer.restoredBody')}</p>
        </Alert>
      )}
      {composer.storageFailed && <Alert tone="error">{t('composer.storageFailed')}</Alert>}
      {data.status === 'published' && base.version === data.version && !unsaved && (
        <Alert>{t('composer.isPublished')}</Alert>
      )}

      <div className="grid gap-8 lg:grid-cols-2">
        <div className="min-w-0 space-y-6">
          {conflict ? (
            <ConflictView conflict={conflict} learnings={learnings} onResolve={composer.resolve} />
          ) : (
            <form noValidate onSubmit={(e) => (e.preventDefault(), void saveNow())} className="space-y-6">
              <ComposerFields draft={draft} current={composer.current} set={composer.set} fieldErrors={composer.fieldErrors} learnings={learnings} />
            </form>
          )}

          <section aria-labelledby="composer-more" className="space-y-3 border-t border-slate-200 pt-4">
            <h3 id="composer-more" className="text-lg font-semibold">
              {t('composer.downloadHeading')}
            </h3>
            <p className="text-sm text-slate-600">{t('composer.downloadHint')}</p>
            <ExportButtons networkId={network.id} reportId={data.id} />
            {published === 0 && (
              <DeleteReport
                networkId={network.id}
                reportId={data.id}
                title={draft.title}
                onDeleted={() => {
                  composer.forget();
                  guard.release();
                  void refresh();
                  const state: ReportPageState = { notice: t('composer.deleted', { title: draft.title }) };
                  void navigate(paths.reports.href({ slug: network.slug }), { state });
                }}
              />
            )}
          </section>
        </div>

        <section aria-labelledby="composer-preview" className="min-w-0 space-y-3">
          <h3 id="composer-preview" className="text-lg font-semibold">
            {t('composer.preview')}
          </h3>
          <div className="rounded-xl border border-slate-200 bg-white p-4 shadow-xs sm:p-6">
            <ReportView document={preview} audience="network" titleLevel={4} idPrefix="preview" />
          </div>
        </section>
      </div>
      <LeaveWithoutSavingDialog
        blocker={canFlush ? QUIET : guard.blocker}
        onDiscard={composer.forget}
        description={t('composer.leave')}
      />
    </div>
  );
}
