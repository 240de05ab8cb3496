import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useMemo, useRef, useState } from 'react';
import type { TFunction } from 'i18next';
import { useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { emptyCharter, mergeCharter } from '../../../shared/domain/charter.ts';
import { can } from '../../../shared/domain/permissions.ts';
import type { CharterContent } from '../../../shared/schemas/charter.ts';
import { Alert } from '../../components/ui/alert.tsx';
import { Button } from '../../components/ui/button.tsx';
import { LeaveWithoutSavingDialog, useLeaveGuard } from '../../components/ui/leave-without-saving.tsx';
import { LoadingState } from '../../components/ui/states.tsx';
import { useCurrentNetwork } from '../../lib/current-network.ts';
import { errorData, errorMessage } from '../../lib/errors.ts';
import { useFormats, useWords } from '../../lib/use-words.ts';
import { applyServerErrors, FORM_ERROR } from '../../lib/form-errors.ts';
import { isStaleVersion } from '../../lib/stale-version.ts';
import type { RouterOutputs } from '../../lib/trpc.ts';
import { useTRPC } from '../../lib/trpc.ts';
import { useDeviceDraft } from '../../lib/use-device-draft.ts';
import { CharterForm } from './charter-form.tsx';
import type { CharterPageState } from './charter-page.tsx';
import { charterFormSchema, fromFormContent, toFormContent, type CharterFormValues } from './form-values.ts';
import { formatWhen, who } from './labels.ts';
import { charterDraftStore, hasUnsavedChanges } from './local-draft.ts';
import { MergeView, type CharterMergeState } from './merge-view.tsx';

type Charter = RouterOutputs['charter']['get'];
type Member = RouterOutputs['member']['list'][number];

/** The version the editing builds on, and the saved text "unsaved" is measured against. */
type Start = { baseVersion: number; reference: CharterContent };

export function CharterEditor({ charter, members }: { charter: Charter; members: Member[] }) {
  const { t } = useTranslation('charter');
  const w = useWords('charter');
  const f = useFormats();
  const { network, myId, standing } = useCurrentNetwork();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const latest = charter.latest;

  // The device's copy is read once, when the editor opens; later writes are this session's own.
  const device = useDeviceDraft(charterDraftStore, network.id, myId);
  const { restored } = device;
  const [start, setStart] = useState<Start>(() => ({
    baseVersion: restored?.baseVersion ?? latest?.number ?? 0,
    reference: latest?.content ?? emptyCharter(),
  }));
  // The draft writer runs outside render and needs the current start without re-subscribing.
  const startRef = useRef(start);
  const [merge, setMerge] = useState<CharterMergeState | null>(null);
  const [mergeError, setMergeError] = useState<string | null>(null);
  const [loadingMerge, setLoadingMerge] = useState(false);
  // Names for everyone who can hold a role, plus anyone named in a version who has since left.
  const [names, setNames] = useState<Record<string, string>>(() => ({
    ...charter.names,
    ...Object.fromEntries(members.map((m) => [m.userId, m.name])),
  }));

  const form = useForm({
    resolver: zodResolver(charterFormSchema),
    defaultValues: restored
      ? { content: toFormContent(restored.content), changeNote: restored.changeNote }
      : { content: toFormContent(start.reference), changeNote: '' },
  });
  const values = useWatch({ control: form.control }) as CharterFormValues;
  const unsaved = useMemo(() => hasUnsavedChanges(fromFormContent(values.content), values.changeNote, start.reference), [values, start.reference]);
  const guard = useLeaveGuard(unsaved);

  // Every change goes to this browser's storage at once, so nothing typed is lost to a reload,
  // a crash or a closed tab.
  const { keep } = device;
  useEffect(
    () =>
      form.subscribe({
        formState: { values: true },
        callback: ({ values: v }) => {
          const { baseVersion, reference } = startRef.current;
          const content = fromFormContent(v.content);
          keep(hasUnsavedChanges(content, v.changeNote, reference) ? { baseVersion, content, changeNote: v.changeNote } : null);
        },
      }),
    [form, keep],
  );

  function moveStart(next: Start) {
    startRef.current = next;
    setStart(next);
  }

  function discard() {
    const fresh = { baseVersion: latest?.number ?? 0, reference: latest?.content ?? emptyCharter() };
    moveStart(fresh);
    device.discard();
    form.reset({ content: toFormContent(fresh.reference), changeNote: '' });
  }

  const save = useMutation(trpc.charter.save.mutationOptions());

  function saved(version: number) {
    device.clear();
    guard.release();
    void queryClient.invalidateQueries(trpc.charter.pathFilter());
    const notice = can(standing, 'charter.review') ? t('editor.saved.canRatify', { version }) : t('editor.saved.leadRatifies', { version });
    const state: CharterPageState = { notice };
    void navigate('..', { state });
  }

  /** Someone saved since this text was started: load their version and the common one, and merge. */
  async function startMerge(fromVersion: number, mine: CharterContent, changeNote: string) {
    setLoadingMerge(true);
    try {
      const fresh = await queryClient.fetchQuery({ ...trpc.charter.get.queryOptions({ networkId: network.id }), staleTime: 0 });
      if (!fresh.latest) throw new Error(t('editor.newestMissing'));
      const base =
        fromVersion === 0
          ? emptyCharter()
          : (await queryClient.fetchQuery(trpc.charter.version.queryOptions({ networkId: network.id, version: fromVersion }))).content;
      const { merged, conflicts } = mergeCharter(base, mine, fresh.latest.content);
      setMergeError(null);
      setMerge({ fromVersion, base, mine, theirs: fresh.latest, merged, conflicts, changeNote });
      setNames((n) => ({ ...n, ...fresh.names }));
    } catch (error) {
      const message = t('editor.mergeFailed', { error: errorMessage(error) });
      if (merge) setMergeError(message);
      else form.setError(FORM_ERROR, { type: 'server', message });
    } finally {
      setLoadingMerge(false);
    }
  }

  /** After a failed save: a conflict starts the merge (true); anything else is for the caller to show. */
  function mergeIfStale(error: unknown, fromVersion: number, content: CharterContent, changeNote: string): boolean {
    if (!isStaleVersion(error)) return false;
    void startMerge(fromVersion, content, changeNote);
    return true;
  }

  const onSubmit = form.handleSubmit((v) => {
    const content = fromFormContent(v.content);
    const baseVersion = start.baseVersion;
    save.mutate(
      { networkId: network.id, baseVersion, content, changeNote: v.changeNote },
      {
        onSuccess: ({ version }) => saved(version),
        onError: (error) => {
          if (mergeIfStale(error, baseVersion, content, v.changeNote)) return;
          const unreachable = notSavedMessage(t, error);
          if (unreachable) form.setError(FORM_ERROR, { type: 'server', message: unreachable });
          else applyServerErrors(form, error);
        },
      },
    );
  });

  function saveMerged(content: CharterContent, changeNote: string) {
    if (!merge) return;
    const baseVersion = merge.theirs.number;
    setMergeError(null);
    save.mutate(
      { networkId: network.id, baseVersion, content, changeNote },
      {
        onSuccess: ({ version }) => saved(version),
        onError: (error) => {
          if (!mergeIfStale(error, baseVersion, content, changeNote)) setMergeError(notSavedMessage(t, error) ?? refusalMessage(error));
        },
      },
    );
  }

  function continueEditing(content: CharterContent, changeNote: string) {
    if (!merge) return;
    moveStart({ baseVersion: merge.theirs.number, reference: merge.theirs.content });
    form.reset({ content: toFormContent(content), changeNote }, { keepDefaultValues: true });
    setMerge(null);
  }

  const people = members.filter((m) => !m.deactivated).map((m) => ({ id: m.userId, name: m.name }));
  const newerSinceDraft = restored && latest && restored.baseVersion < latest.number ? latest : null;

  return (
    <div className="space-y-6">
      <div className="space-y-1">
        <h2 className="text-xl font-semibold text-slate-900">{latest ? t('page.edit') : t('empty.start')}</h2>
        <p className={merge ? 'hidden' : 'text-sm text-slate-600'}>
          {start.baseVersion > 0
            ? t('editor.editing', { version: start.baseVersion })
            : t('editor.first')}
        </p>
      </div>

      {charter.status.kind === 'returned' && charter.lastReturn && (
        <Alert title={t('editor.returned', { name: who(w, charter.lastReturn.by), version: charter.status.version, date: f.dateTime(charter.lastReturn.at) })}>
          <p translate="no" className="break-words whitespace-pre-wrap">{charter.lastReturn.comment}</p>
        </Alert>
      )}
      {restored && !merge && (
        <Alert title={t('editor.restored.title', { when: formatWhen(w, new Date(restored.savedAt)) })}>
          <p>
            {t('editor.restored.kept')}
            {newerSinceDraft && ` ${t('editor.restored.newer', { name: who(w, newerSinceDraft.authorName), version: newerSinceDraft.number })}`}
          </p>
          <Button variant="secondary" size="sm" className="mt-2" onClick={discard}>
            {t('editor.restored.discard')}
          </Button>
        </Alert>
      )}
      {device.storageFailed && (
        <Alert tone="error">{t('editor.storageFailed')}</Alert>
      )}
      {loadingMerge && <LoadingState label={t('editor.loadingMerge')} />}

      {merge ? (
        <MergeView
          key={merge.theirs.number}
          merge={merge}
          people={people}
          names={names}
          saving={save.isPending}
          error={mergeError}
          onSave={saveMerged}
          onContinue={continueEditing}
          onNothingToSave={() => {
            device.clear();
            guard.release();
          }}
        />
      ) : (
        <CharterForm form={form} people={people} names={names} unsaved={unsaved} saving={save.isPending || loadingMerge} onSubmit={onSubmit} />
      )}
      <LeaveWithoutSavingDialog
        blocker={guard.blocker}
        description={t('editor.leave')}
        keptOnDevice
        onDiscard={device.clear}
      />
    </div>
  );
}

/** A save lost to the connection or a server fault: the text is safe, and the person should hear so. */
function notSavedMessage(t: TFunction<'charter'>, error: unknown): string | null {
  const data = errorData(error);
  if (data && (data.httpStatus ?? 0) < 500) return null;
  return t('editor.notSaved', { error: errorMessage(error) });
}

/** A refusal in the merge view, which has no field of its own for most parts: all its messages. */
function refusalMessage(error: unknown): string {
  const fields = errorData(error)?.fieldErrors;
  const fieldText = fields ? Object.values(fields).flat().join(' ') : '';
  return fieldText || errorMessage(error);
}
