import { diffWordsWithSpace } from 'diff';
import { Trans, useTranslation } from 'react-i18next';

export type WordChange = { value: string; added: boolean; removed: boolean };
export type WordChanges = WordChange[];

/**
 * Word-level changes from one text to another. The with-space variant keeps line breaks as
 * changes of their own, so each side rebuilds its text exactly (plain diffWords reports common
 * words with the newer side's spacing). A lone space between two changed words is not a real
 * match, though: it is folded into the change, so a rewritten phrase reads as one change rather
 * than a row of single words.
 */
export function wordChanges(from: string, to: string): WordChanges {
  const raw = diffWordsWithSpace(from, to);
  const out: WordChanges = [];
  let removed = '';
  let added = '';
  const flush = () => {
    if (removed) out.push({ value: removed, added: false, removed: true });
    if (added) out.push({ value: added, added: true, removed: false });
    removed = '';
    added = '';
  };
  raw.forEach((c, i) => {
    const next = raw[i + 1];
    if (c.removed) removed += c.value;
    else if (c.added) added += c.value;
    else if ((removed || added) && /^[ \t]+$/.test(c.value) && next && (next.added || next.removed)) {
      removed += c.value;
      added += c.value;
    } else {
      flush();
      out.push({ value: c.value, added: false, removed: false });
    }
  });
  flush();
  return out;
}

// Marked by more than colour: struck through or underlined, and named for screen readers.
const DEL = 'rounded-sm bg-red-100 text-red-950 line-through decoration-red-800 decoration-2';
const INS = 'rounded-sm bg-emerald-100 text-emerald-950 underline decoration-emerald-800 decoration-2 underline-offset-2';

/** One side of a comparison: the older side shows what was removed, the newer what was added. */
export function DiffSide({ changes, side }: { changes: WordChanges; side: 'old' | 'new' }) {
  const { t } = useTranslation('charter');
  const text = changes.filter((c) => (side === 'old' ? !c.added : !c.removed));
  if (text.every((c) => c.value === '')) return <p className="text-slate-600 italic">{t('diff.empty')}</p>;
  return (
    <p translate="no" className="break-words whitespace-pre-wrap text-slate-900">
      {text.map((c, i) => {
        if (c.removed) {
          return (
            <del key={i} className={DEL}>
              <span translate="yes" className="sr-only">
                {t('diff.removedStart')}
              </span>
              {c.value}
              <span className="sr-only">]</span>
            </del>
          );
        }
        if (c.added) {
          return (
            <ins key={i} className={INS}>
              <span translate="yes" className="sr-only">
                {t('diff.addedStart')}
              </span>
              {c.value}
              <span className="sr-only">]</span>
            </ins>
          );
        }
        return <span key={i}>{c.value}</span>;
      })}
    </p>
  );
}

/** The legend the comparison needs once per page. */
export function DiffLegend() {
  const { t } = useTranslation('charter');
  return (
    <p className="text-sm text-slate-700">
      <Trans t={t} i18nKey="diff.legend" components={{ del: <del className={DEL} />, ins: <ins className={INS} /> }} />
    </p>
  );
}
