import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { Link, useNavigate, useParams, type Blocker } from 'react-router';
import { can } from '../../../shared/domain/permissions.ts';
import { buildDocument } from '../../../shared/report/document.ts';
import { mergeDraft, sameDraft } from '../../../shared/report/draft.ts';
import { reportSaveSchema, type ReportDraftFields } from '../../../shared/schemas/report.ts';
import { ReportView } from '../../components/report/report-view.tsx';
import { Alert } from '../../components/ui/alert.tsx';
import { Badge } from '../../components/ui/badge.tsx';
import { LeaveWithoutSavingDialog } from '../../components/ui/leave-without-saving.tsx';
import { MessagePage } from '../../components/ui/message-page.tsx';
import { ErrorState, LoadingState } from '../../components/ui/states.tsx';
import { useCurrentNetwork } from '../../lib/current-network.ts';
import { errorCode, errorData, errorMessage } from '../../lib/errors.ts';
import { formatDateTime } from '../../../shared/format/dates.ts';
import { useTRPC } from '../../lib/trpc.ts';
import { usePageTitle } from '../../lib/use-page-title.ts';
import { useLeaveGuard } from '../charter/leave-guard.tsx';
import { ComposerFields, type FieldErrors } from './composer-fields.tsx';
import { ConflictView, type DraftConflict } from './conflict-view.tsx';
import { DeleteReport } from './delete-report.tsx';
import { ExportButtons } from './export-buttons.tsx';
import { reportDraftStore, type LocalReportDraft } from './local-draft.ts';
import { PublishDialog } from './publish-dialog.tsx';
import { SaveStatus, type SaveState } from './save-status.tsx';
import { reportPath, reportsPath, STATUS_LABELS, STATUS_TONES, useRefreshReports, type ReportDraftData, type ReportPageState } from './use-reports.ts';

/** What the leave dialog is shown while a leave waits for the save in progress: nothing to ask yet. */
const QUIET: Blocker = { state: 'unblocked', proceed: undefined, reset: undefined, location: undefined };

/** How long typing must pause before the draft is saved. */
const AUTOSAVE_MS = 1500;


export function ReportComposerPage() {
  const { network, standing } = useCurrentNetwork();
  const { reportId: param = '' } = useParams();
  const reportId = Number(param);
  const trpc = useTRPC();
  const canEdit = can(standing, 'report.edit');
  const query = useQuery({ ...trpc.report.draft.queryOptions({ networkId: network.id, reportId }), enabled: canEdit && Number.isInteger(reportId) && reportId > 0 });
  usePageTitle(query.data ? `Edit ${query.data.draft.title} · ${network.name}` : `Report · ${network.name}`);

  if (!canEdit) {
    return <MessagePage headingLevel={2} title="Only facilitators and leads write reports">You can read the network’s published reports on the Reports tab.</MessagePage>;
  }
  if (!Number.isInteger(reportId) || reportId <= 0 || (query.isError && errorCode(query.error) === 'NOT_FOUND')) {
    return (
      <MessagePage headingLevel={2} title="Report not found">
        There is no such report in this network. It may have been deleted. <Link to={reportsPath(network.slug)}>See all reports</Link>
      </MessagePage>
    );
  }
  if (query.isPending) return <LoadingState label="Loading the report" />;
  if (query.isError) return <ErrorState message={errorMessage(query.error)} onRetry={() => void query.refetch()} />;
  return <Composer key={reportId} data={query.data} />;
}

type Base = { version: number; draft: ReportDraftFields };

/** What opening the composer starts from: the saved draft, or this device's unsaved words merged into it. */
function initialState(data: ReportDraftData, local: LocalReportDraft | null) {
  const base: Base = { version: data.version, draft: data.draft };
  if (!local || sameDraft(local.mine, data.draft)) return { base, draft: data.draft, conflict: null, restored: null };
  if (local.baseVersion === data.version) return { base, draft: local.mine, conflict: null, restored: local };
  const { merged, conflicts } = mergeDraft(local.base, local.mine, data.draft);
  const conflict: DraftConflict | null = conflicts.length ? { mine: local.mine, theirs: base, merged, conflicts } : null;
  return { base, draft: merged, conflict, restored: local };
}

/** Unsaved words go to this browser's storage; once saved, the copy is dropped. False when storage refused. */
function keepOnDevice(store: ReturnType<typeof reportDraftStore>, networkId: number, userId: string, base: Base, mine: ReportDraftFields): boolean {
  if (sameDraft(mine, base.draft)) {
    store.clear(networkId, userId);
    return true;
  }
  return store.write(networkId, userId, { baseVersion: base.version, base: base.draft, mine, savedAt: Date.now() });
}

function Composer({ data }: { data: ReportDraftData }) {
  const { network, myId } = useCurrentNetwork();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const refresh = useRefreshReports();
  const ref = useMemo(() => ({ networkId: network.id, reportId: data.id }), [network.id, data.id]);
  const store = useMemo(() => reportDraftStore(data.id), [data.id]);

  const [initial] = useState(() => initialState(data, store.read(network.id, myId)));
  const [draft, setDraftState] = useState<ReportDraftFields>(initial.draft);
  const [base, setBaseState] = useState<Base>(initial.base);
  const [conflict, setConflictState] = useState<DraftConflict | null>(initial.conflict);
  const [restored] = useState(initial.restored);
  const [status, setStatus] = useState<SaveState>(initial.conflict ? 'conflict' : 'saved');
  const [failure, setFailure] = useState<string | null>(null);
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [storageFailed, setStorageFailed] = useState(false);

  // The save loop runs outside render (timers, awaited requests) and reads the newest values here.
  const draftRef = useRef(draft);
  const baseRef = useRef(base);
  const conflictRef = useRef(conflict);
  const inFlight = useRef(false);
  const again = useRef(false);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  const setDraft = (d: ReportDraftFields) => {
    draftRef.current = d;
    setDraftState(d);
  };
  const setBase = (b: Base) => {
    baseRef.current = b;
    setBaseState(b);
  };
  const setConflict = (c: DraftConflict | null) => {
    conflictRef.current = c;
    setConflictState(c);
  };

  const keepLocal = useCallback(() => setStorageFailed(!keepOnDevice(store, network.id, myId, baseRef.current, draftRef.current)), [store, network.id, myId]);

  const saveMutation = useMutation(trpc.report.save.mutationOptions());
  const { mutateAsync: sendSave } = saveMutation;

  // Declared with useRef so the timer and the retry button always call the current one.
  const saveRef = useRef<() => Promise<void>>(async () => {});
  const schedule = useCallback((ms = AUTOSAVE_MS) => {
    clearTimeout(timer.current);
    timer.current = setTimeout(() => void saveRef.current(), ms);
  }, []);

  /** Someone saved since this text was started: merge theirs in, asking only about parts both changed. */
  async function mergeNewest(startedFrom: ReportDraftFields) {
    try {
      const fresh = await queryClient.fetchQuery({ ...trpc.report.draft.queryOptions(ref), staleTime: 0 });
      const mine = draftRef.current;
      const { merged, conflicts } = mergeDraft(startedFrom, mine, fresh.draft);
      const theirs = { version: fresh.version, draft: fresh.draft };
      if (conflicts.length === 0) {
        setBase(theirs);
        setDraft(merged);
        keepLocal();
        again.current = true;
        setStatus('waiting');
      } else {
        setConflict({ mine, theirs, merged, conflicts });
        setStatus('conflict');
      }
    } catch (error) {
      setFailure(`Someone saved a newer draft, and it could not be loaded to combine with yours: ${errorMessage(error)}`);
      setStatus('error');
    }
  }

  const save = async () => {
    clearTimeout(timer.current);
    if (conflictRef.current) return;
    if (inFlight.current) {
      again.current = true;
      return;
    }
    const mine = draftRef.current;
    const from = baseRef.current;
    if (sameDraft(mine, from.draft)) {
      setStatus('saved');
      return;
    }
    const parsed = reportSaveSchema.safeParse({ ...mine, ...ref, version: from.version });
    if (!parsed.success) {
      const errors: FieldErrors = {};
      for (const issue of parsed.error.issues) errors[issue.path.join('.')] ??= issue.message;
      setFieldErrors(errors);
      setStatus('invalid');
      return;
    }
    setFieldErrors({});
    inFlight.current = true;
    setStatus('saving');
    try {
      const { version } = await sendSave(parsed.data);
      setBase({ version, draft: mine });
      setFailure(null);
      keepLocal();
      // Typed since the request left: the pending autosave timer sends it once typing pauses.
      setStatus(sameDraft(draftRef.current, mine) ? 'saved' : 'waiting');
      // The preview's assembled figures follow the saved period; the form keeps its own state.
      void refresh();
    } catch (error) {
      if (errorData(error)?.appCode === 'STALE_VERSION') {
        await mergeNewest(from.draft);
      } else {
        const fields = errorData(error)?.fieldErrors;
        if (fields && Object.keys(fields).length) {
          setFieldErrors(Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, v.join(' ')])));
          setStatus('invalid');
        } else {
          setFailure(errorMessage(error));
          setStatus('error');
        }
      }
    } finally {
      inFlight.current = false;
      if (again.current) {
        again.current = false;
        schedule(0);
      }
    }
  };

  useLayoutEffect(() => {
    saveRef.current = save;
  });

  function resolve(resolved: ReportDraftFields) {
    if (!conflict) return;
    setBase(conflict.theirs);
    setDraft(resolved);
    setConflict(null);
    keepLocal();
    setStatus('waiting');
    schedule(0);
  }

  function change(next: ReportDraftFields) {
    setDraft(next);
    keepLocal();
    setStatus('waiting');
    schedule();
  }

  // Restored or merged words from an earlier visit are saved straight away.
  useEffect(() => {
    if (!initial.conflict && !sameDraft(initial.draft, initial.base.draft)) schedule(0);
    return () => clearTimeout(timer.current);
  }, [initial, schedule]);

  // Back online after a failed save: try again without being asked.
  useEffect(() => {
    if (status !== 'error') return;
    const retry = () => void saveRef.current();
    window.addEventListener('online', retry);
    return () => window.removeEventListener('online', retry);
  }, [status]);

  const unsaved = conflict !== null || !sameDraft(draft, base.draft) || status === 'saving';
  const guard = useLeaveGuard(unsaved);
  const discardingBlocker =
    guard.blocker.state === 'blocked'
      ? {
          ...guard.blocker,
          proceed: () => {
            store.clear(network.id, myId);
            guard.blocker.proceed?.();
          },
        }
      : guard.blocker;

  // Leaving while a save is only waiting for typing to pause: save now and go once it is saved;
  // the question is asked only when it cannot be (a failure, a conflict, a field to fix).
  const blocked = guard.blocker.state === 'blocked';
  const canFlush = status === 'waiting' || status === 'saving';
  useEffect(() => {
    if (blocked && canFlush) void saveRef.current();
  }, [blocked, canFlush]);
  useEffect(() => {
    if (guard.blocker.state === 'blocked' && !unsaved) guard.blocker.proceed();
  }, [guard.blocker, unsaved]);

  const learnings = data.document.content.cycles.learnings;
  const preview = useMemo(
    () => buildDocument(data.document.content, { title: draft.title, narrative: draft.narrative, featuredCycleIds: draft.featuredCycleIds, hidden: draft.hidden }),
    [data.document.content, draft],
  );
  const published = data.publications.length;
  const canPublish = status === 'saved' && !unsaved && (data.status !== 'published' || base.version !== data.version);

  function onPublished(number: number) {
    store.clear(network.id, myId);
    guard.release();
    void refresh();
    const state: ReportPageState = { notice: number === 1 ? 'The report is published. Every member of the network can read it now.' : `Version ${number} is published.` };
    void navigate(reportPath(network.slug, data.id), { state });
  }

  const set = <K extends keyof ReportDraftFields>(key: K, value: ReportDraftFields[K]) => change({ ...draftRef.current, [key]: value });

  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div className="min-w-0 space-y-1">
          <p className="text-sm">
            <Link to={reportsPath(network.slug)}>All reports</Link>
          </p>
          <h2 className="text-xl font-semibold break-words text-slate-900">{published ? 'Edit the report' : 'Compose the report'}</h2>
          <p className="flex flex-wrap items-center gap-2 text-sm text-slate-700">
            <Badge tone={STATUS_TONES[data.status]}>{STATUS_LABELS[data.status]}</Badge>
            {published > 0 && (
              <Link to={reportPath(network.slug, data.id)}>
                See published version {data.publications[0]!.number}
              </Link>
            )}
          </p>
        </div>
        <div className="flex flex-wrap items-center gap-2">
          <SaveStatus status={status} failure={failure} onRetry={() => void saveRef.current()} />
          <PublishDialog networkId={network.id} reportId={data.id} version={base.version} published={published} disabled={!canPublish} onPublished={onPublished} />
        </div>
      </div>

      {restored && !conflict && (
        <Alert title={`Restored your unsaved changes from ${formatDateTime(new Date(restored.savedAt))}`}>
          <p>They were kept on this device and go into the draft as soon as it can be saved.</p>
        </Alert>
      )}
      {storageFailed && <Alert tone="error">This browser could not keep a copy of your changes. Stay on this page until it says Saved.</Alert>}
      {data.status === 'published' && base.version === data.version && !unsaved && (
        <Alert>This draft is what was published. Change anything here to start a correction; readers keep seeing the published version until you publish the correction.</Alert>
      )}

      <div className="grid gap-8 lg:grid-cols-2">
        <div className="min-w-0 space-y-6">
          {conflict ? (
            <ConflictView conflict={conflict} learnings={learnings} onResolve={resolve} />
          ) : (
            <form noValidate onSubmit={(e) => (e.preventDefault(), void saveRef.current())} className="space-y-6">
              <ComposerFields draft={draft} current={() => draftRef.current} set={set} fieldErrors={fieldErrors} learnings={learnings} />
            </form>
          )}

          <section aria-labelledby="composer-more" className="space-y-3 border-t border-slate-200 pt-4">
            <h3 id="composer-more" className="text-lg font-semibold">
              Download the draft
            </h3>
            <p className="text-sm text-slate-600">The draft as last saved, with today’s figures.</p>
            <ExportButtons networkId={network.id} reportId={data.id} />
            {published === 0 && (
              <DeleteReport
                networkId={network.id}
                reportId={data.id}
                title={draft.title}
                onDeleted={() => {
                  store.clear(network.id, myId);
                  guard.release();
                  void refresh();
                  const state: ReportPageState = { notice: `The draft “${draft.title}” is deleted.` };
                  void navigate(reportsPath(network.slug), { state });
                }}
              />
            )}
          </section>
        </div>

        <section aria-labelledby="composer-preview" className="min-w-0 space-y-3">
          <h3 id="composer-preview" className="text-lg font-semibold">
            Preview
          </h3>
          <div className="rounded-xl border border-slate-200 bg-white p-4 shadow-xs sm:p-6">
            <ReportView document={preview} audience="network" titleLevel={4} idPrefix="preview" />
          </div>
        </section>
      </div>
      <LeaveWithoutSavingDialog
        blocker={canFlush ? QUIET : discardingBlocker}
        description="Some of your changes are not saved yet. If you leave now and discard them, they are gone; stay a moment and Needle saves them."
      />
    </div>
  );
}
