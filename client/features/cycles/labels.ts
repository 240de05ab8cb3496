import type { Words } from '../../../shared/i18n/words.ts';

/** "Mar 12, 2025 – Mar 19, 2025", one end, or null when the cycle has no dates. */
export function dateRange(start: string | null, end: string | null, w: Words): string | null {
  const { t, f } = w;
  if (start && end) return start === end ? f.shortDay(start) : t('cycles:dates.range', { from: f.shortDay(start), to: f.shortDay(end) });
  if (start) return t('cycles:dates.from', { day: f.shortDay(start) });
  if (end) return t('cycles:dates.until', { day: f.shortDay(end) });
  return null;
}

/** The first lines of a long text, for lists that point to the whole. */
export function firstLines(text: string, max = 240): string {
  const t = text.trim();
  return t.length <= max ? t : `${t.slice(0, max).replace(/\s+\S*$/, '')}…`;
}
