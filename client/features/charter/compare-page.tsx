import { useQuery } from '@tanstack/react-query';
import { ChevronRight } from 'lucide-react';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { CHARTER_PARTS, partValue, type CharterPart } from '../../../shared/domain/charter.ts';
import { type CharterContent } from '../../../shared/schemas/charter.ts';
import { Card } from '../../components/ui/card.tsx';
import { Field } from '../../components/ui/field.tsx';
import { Select } from '../../components/ui/select.tsx';
import { EmptyState, ErrorState, LoadingState } from '../../components/ui/states.tsx';
import { useCurrentNetwork } from '../../lib/current-network.ts';
import { errorMessage } from '../../lib/errors.ts';
import type { Words } from '../../../shared/i18n/words.ts';
import { useWords } from '../../lib/use-words.ts';
import type { RouterOutputs } from '../../lib/trpc.ts';
import { useTRPC } from '../../lib/trpc.ts';
import { usePageTitle } from '../../lib/use-page-title.ts';
import { BackLink } from '../../components/ui/back-link.tsx';
import { isPeoplePart, partTitle, personName, who } from './labels.ts';
import { defaultComparison, type CharterVersionSummary } from './versions.ts';
import { DiffLegend, DiffSide, wordChanges } from './word-diff.tsx';

type Version = RouterOutputs['charter']['version'];

function versionParam(value: string | null): number | null {
  const n = Number(value);
  return Number.isInteger(n) && n > 0 ? n : null;
}

export function CharterComparePage() {
  const { t } = useTranslation('charter');
  const { network } = useCurrentNetwork();
  usePageTitle(t('compare.title', { network: network.name }));
  const trpc = useTRPC();
  const [params, setParams] = useSearchParams();
  const versions = useQuery(trpc.charter.versions.queryOptions({ networkId: network.id }));

  // The address names the two versions, so a comparison can be shared as a link; without them,
  // the charter in force against the newest.
  const fallback = versions.data ? defaultComparison(versions.data) : null;
  const a = versionParam(params.get('from')) ?? fallback?.from ?? null;
  const b = versionParam(params.get('to')) ?? fallback?.to ?? null;
  const older = a !== null && b !== null ? Math.min(a, b) : null;
  const newer = a !== null && b !== null ? Math.max(a, b) : null;

  function choose(which: 'from' | 'to', value: number) {
    const next = { from: String(older ?? value), to: String(newer ?? value), [which]: String(value) };
    setParams(next, { replace: true });
  }

  return (
    <div className="space-y-6">
      <div className="space-y-1">
        <BackLink to="../history">{t('history.heading')}</BackLink>
        <h2 className="text-xl font-semibold text-slate-900">{t('compare.heading')}</h2>
      </div>
      {versions.isPending && <LoadingState label={t('compare.loading')} />}
      {versions.isError && <ErrorState message={errorMessage(versions.error)} onRetry={() => void versions.refetch()} />}
      {versions.data && versions.data.length < 2 && <EmptyState>{t('compare.tooFew')}</EmptyState>}
      {versions.data && versions.data.length >= 2 && older !== null && newer !== null && (
        <>
          <Pickers versions={versions.data} older={older} newer={newer} onChoose={choose} />
          {older === newer ? (
            <EmptyState>{t('compare.same')}</EmptyState>
          ) : (
            <Comparison older={older} newer={newer} />
          )}
        </>
      )}
    </div>
  );
}

type PickersProps = { versions: CharterVersionSummary[]; older: number; newer: number; onChoose: (which: 'from' | 'to', value: number) => void };

function Pickers({ versions, older, newer, onChoose }: PickersProps) {
  const { t } = useTranslation('charter');
  const options = versions.map((v) => (
    <option key={v.number} value={v.number}>
      {t('compare.version', { version: v.number })}
    </option>
  ));
  return (
    <div className="grid gap-3 sm:max-w-lg sm:grid-cols-2">
      <Field label={t('compare.older')}>
        {(p) => (
          <Select {...p} value={older} onChange={(e) => onChoose('from', Number(e.target.value))}>
            {options}
          </Select>
        )}
      </Field>
      <Field label={t('compare.newer')}>
        {(p) => (
          <Select {...p} value={newer} onChange={(e) => onChoose('to', Number(e.target.value))}>
            {options}
          </Select>
        )}
      </Field>
    </div>
  );
}

function Comparison({ older, newer }: { older: number; newer: number }) {
  const { t } = useTranslation('charter');
  const { network } = useCurrentNetwork();
  const trpc = useTRPC();
  // A saved version never changes, so each is fetched once.
  const left = useQuery({ ...trpc.charter.version.queryOptions({ networkId: network.id, version: older }), staleTime: Infinity });
  const right = useQuery({ ...trpc.charter.version.queryOptions({ networkId: network.id, version: newer }), staleTime: Infinity });

  if (left.isError) return <ErrorState message={errorMessage(left.error)} onRetry={() => void left.refetch()} />;
  if (right.isError) return <ErrorState message={errorMessage(right.error)} onRetry={() => void right.refetch()} />;
  if (!left.data || !right.data) return <LoadingState label={t('compare.loadingTwo')} />;
  return <PartByPart left={left.data} right={right.data} />;
}

/** Every part of two versions side by side; roles compare by the names people know, not account ids. */
function compareParts(w: Words, left: Version, right: Version) {
  const names = { ...left.names, ...right.names };
  const text = (content: CharterContent, part: CharterPart) =>
    isPeoplePart(part) ? personName(w, partValue(content, part), names) : (partValue(content, part) ?? '');
  const blank = (content: CharterContent, part: CharterPart) => !partValue(content, part)?.trim();
  return CHARTER_PARTS.map((part) => {
    const before = text(left.content, part);
    const after = text(right.content, part);
    const emptyInBoth = blank(left.content, part) && blank(right.content, part);
    return { part, before, after, emptyInBoth, changes: before === after ? null : wordChanges(before, after) };
  });
}

function PartByPart({ left, right }: { left: Version; right: Version }) {
  const { t } = useTranslation('charter');
  const w = useWords('charter');
  const parts = useMemo(() => compareParts(w, left, right), [w, left, right]);
  const changed = parts.filter((p) => p.changes);
  // A part neither version has written is not "unchanged" text worth opening: it is only named.
  const unwritten = parts.filter((p) => p.emptyInBoth);
  const unchanged = parts.filter((p) => !p.changes && !p.emptyInBoth);

  return (
    <div className="space-y-4">
      <div className="space-y-1 text-sm text-slate-700">
        <p>
          {t('compare.summary', {
            from: left.number,
            fromAuthor: who(w, left.authorName),
            fromDate: w.f.dateTime(left.createdAt),
            to: right.number,
            toAuthor: who(w, right.authorName),
            toDate: w.f.dateTime(right.createdAt),
          })}{' '}
          {unwritten.length > 0
            ? t('compare.countsWithEmpty', { count: changed.length, changed: w.f.count(changed.length), unchanged: w.f.count(unchanged.length), empty: w.f.count(unwritten.length) })
            : t('compare.counts', { count: changed.length, changed: w.f.count(changed.length), unchanged: w.f.count(unchanged.length) })}
        </p>
        <p className="break-words">{t('compare.changeNote', { version: right.number, note: right.changeNote })}</p>
        {changed.length > 0 && <DiffLegend />}
      </div>
      {changed.map(({ part, changes }) => (
        <Card key={part}>
          <section aria-label={partTitle(w, part)} className="space-y-3">
            <h3 className="text-base font-semibold text-slate-900">{partTitle(w, part)}</h3>
            <div className="grid gap-3 md:grid-cols-2">
              <div className="min-w-0 space-y-1 rounded-lg border border-slate-200 p-3">
                <h4 className="text-xs font-semibold tracking-wide text-slate-600 uppercase">{t('compare.version', { version: left.number })}</h4>
                <DiffSide changes={changes!} side="old" />
              </div>
              <div className="min-w-0 space-y-1 rounded-lg border border-slate-200 p-3">
                <h4 className="text-xs font-semibold tracking-wide text-slate-600 uppercase">{t('compare.version', { version: right.number })}</h4>
                <DiffSide changes={changes!} side="new" />
              </div>
            </div>
          </section>
        </Card>
      ))}
      {unchanged.length > 0 && (
        <Card>
          <section aria-label={t('compare.unchanged')} className="space-y-2">
            <h3 className="text-base font-semibold text-slate-900">{t('compare.unchangedCount', { n: w.f.count(unchanged.length) })}</h3>
            <ul className="divide-y divide-slate-200">
              {unchanged.map(({ part, before }) => (
                <li key={part}>
                  <details className="group py-1">
                    <summary className="flex min-h-11 cursor-pointer list-none items-center gap-2 text-sm font-medium text-slate-800 [&::-webkit-details-marker]:hidden">
                      <ChevronRight aria-hidden="true" className="size-4 shrink-0 text-slate-600 transition-transform group-open:rotate-90" />
                      {partTitle(w, part)}
                    </summary>
                    <p translate="no" className="pb-3 pl-6 text-sm break-words whitespace-pre-wrap text-slate-700">{before}</p>
                  </details>
                </li>
              ))}
            </ul>
          </section>
        </Card>
      )}
      {unwritten.length > 0 && (
        <section aria-label={t('compare.emptyInBoth')} className="space-y-1 text-sm text-slate-700">
          <h3 className="font-semibold text-slate-900">{t('compare.emptyInBothCount', { n: w.f.count(unwritten.length) })}</h3>
          <p>{t('compare.notWritten', { parts: unwritten.map((p) => partTitle(w, p.part)).join(', ') })}</p>
        </section>
      )}
      <p className="text-sm">
        <Link to={`../versions/${right.number}`}>{t('compare.readFull', { version: right.number })}</Link>
      </p>
    </div>
  );
}
