import { useTranslation } from 'react-i18next';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useMemo, useRef, useState } from 'react';
import { mergeDraft, sameDraft } from '../../../shared/report/draft.ts';
import { reportSaveSchema, type ReportDraftFields } from '../../../shared/schemas/report.ts';
import { useCurrentNetwork } from '../../lib/current-network.ts';
import { errorData, errorMessage } from '../../lib/errors.ts';
import { useTRPC } from '../../lib/trpc.ts';
import { isStaleVersion } from '../../lib/stale-version.ts';
import { useAutosave } from '../../lib/use-autosave.ts';
import { useDeviceDraft } from '../../lib/use-device-draft.ts';
import type { FieldErrors } from './composer-fields.tsx';
import type { DraftConflict } from './conflict-view.tsx';
import { reportDraftStore, restoreDraft, type SavedDraft } from './local-draft.ts';
import type { SaveState } from './save-status.tsx';
import { useRefreshReports, type ReportDraftData } from './use-reports.ts';

/** How long typing must pause before the draft is saved. */
const AUTOSAVE_MS = 1500;

/**
 * The composer's words and where they stand: kept on this device at every change, saved once
 * typing pauses, and merged part by part with anyone who saved in between.
 */
export function useReportDraft(data: ReportDraftData) {
  const { t } = useTranslation('reports');
  const { network, myId } = useCurrentNetwork();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const refresh = useRefreshReports();
  const ref = useMemo(() => ({ networkId: network.id, reportId: data.id }), [network.id, data.id]);
  const store = useMemo(() => reportDraftStore(data.id), [data.id]);
  const device = useDeviceDraft(store, network.id, myId);

  const [initial] = useState(() => restoreDraft({ version: data.version, draft: data.draft }, device.restored));
  const [draft, setDraftState] = useState<ReportDraftFields>(initial.draft);
  const [base, setBaseState] = useState<SavedDraft>(initial.base);
  const [conflict, setConflictState] = useState<DraftConflict | null>(initial.conflict);
  const [status, setStatus] = useState<SaveState>(initial.conflict ? 'conflict' : 'saved');
  const [failure, setFailure] = useState<string | null>(null);
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});

  // The save runs outside render (timers, awaited requests) and reads the newest values here.
  const draftRef = useRef(draft);
  const baseRef = useRef(base);
  const conflictRef = useRef(conflict);
  const setDraft = (d: ReportDraftFields) => {
    draftRef.current = d;
    setDraftState(d);
  };
  const setBase = (b: SavedDraft) => {
    baseRef.current = b;
    setBaseState(b);
  };
  const setConflict = (c: DraftConflict | null) => {
    conflictRef.current = c;
    setConflictState(c);
  };

  /** Unsaved words go to this browser's storage; once saved, the copy is dropped. */
  const keepLocal = () => {
    const { version, draft: saved } = baseRef.current;
    const mine = draftRef.current;
    device.keep(sameDraft(mine, saved) ? null : { baseVersion: version, base: saved, mine });
  };

  const { mutateAsync: sendSave } = useMutation(trpc.report.save.mutationOptions());

  /** Someone saved since this text was started: merge theirs in, asking only about parts both changed. True to save again. */
  async function mergeNewest(startedFrom: ReportDraftFields): Promise<boolean> {
    try {
      const fresh = await queryClient.fetchQuery({ ...trpc.report.draft.queryOptions(ref), staleTime: 0 });
      const mine = draftRef.current;
      const { merged, conflicts } = mergeDraft(startedFrom, mine, fresh.draft);
      const theirs = { version: fresh.version, draft: fresh.draft };
      if (conflicts.length === 0) {
        setBase(theirs);
        setDraft(merged);
        keepLocal();
        setStatus('waiting');
        return true;
      }
      setConflict({ mine, theirs, merged, conflicts });
      setStatus('conflict');
    } catch (error) {
      setFailure(t('composer.mergeFailed', { reason: errorMessage(error) }));
      setStatus('error');
    }
    return false;
  }

  async function save(): Promise<boolean> {
    if (conflictRef.current) return false;
    const mine = draftRef.current;
    const from = baseRef.current;
    if (sameDraft(mine, from.draft)) {
      setStatus('saved');
      return false;
    }
    const parsed = reportSaveSchema.safeParse({ ...mine, ...ref, version: from.version });
    if (!parsed.success) {
      const errors: FieldErrors = {};
      for (const issue of parsed.error.issues) errors[issue.path.join('.')] ??= issue.message;
      setFieldErrors(errors);
      setStatus('invalid');
      return false;
    }
    setFieldErrors({});
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
      if (isStaleVersion(error)) return mergeNewest(from.draft);
      const fields = errorData(error)?.fieldErrors;
      if (fields && Object.keys(fields).length) {
        setFieldErrors(Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, v.join(' ')])));
        setStatus('invalid');
      } else {
        setFailure(errorMessage(error));
        setStatus('error');
      }
    }
    return false;
  }

  const { schedule, saveNow } = useAutosave(save, { delayMs: AUTOSAVE_MS, failed: status === 'error' });

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
  }, [initial, schedule]);

  const set = <K extends keyof ReportDraftFields>(key: K, value: ReportDraftFields[K]) => change({ ...draftRef.current, [key]: value });

  return {
    draft,
    /** The newest words, for handlers that run between renders. */
    current: () => draftRef.current,
    base,
    conflict,
    status,
    failure,
    fieldErrors,
    /** What an earlier visit left on this device, when the composer opened with it. */
    restored: initial.restored,
    storageFailed: device.storageFailed,
    unsaved: conflict !== null || !sameDraft(draft, base.draft) || status === 'saving',
    set,
    resolve,
    saveNow,
    /** Drops this device's copy (the words are published, deleted or thrown away). */
    forget: device.clear,
  };
}
