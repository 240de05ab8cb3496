import type { FidelityCheck, FidelityState } from '../../../shared/domain/cycle.ts';
import type { Decision } from '../../../shared/schemas/cycle.ts';
import { formatShortDay } from '../../../shared/format/dates.ts';

export const DECISION_HINTS: Record<Decision, string> = {
  adopt: 'It works: make it part of how things are done.',
  adapt: 'Promising: change it and test again.',
  abandon: 'Stop testing this change, and say why.',
};

/** Why each part of the method matters, for the network's overview: an encouragement, not a grade. */
export const FIDELITY_WHY: Record<FidelityCheck, string> = {
  predicted: 'A prediction written first turns a try into a test: the gap between it and what happened is the learning.',
  studied: 'A result beside each prediction shows what the test taught, for the next team too.',
  decided: 'Adopt, adapt or abandon: a decision turns what was learned into what happens next.',
  continued: 'Small cycles that build on each other let a change grow with confidence.',
};

export const FIDELITY_STATE_LABELS: Record<FidelityState, string> = {
  met: 'Met',
  missing: 'Missing',
  upcoming: 'Not yet',
};

/** "12 Mar 2025 – 19 Mar 2025", one end, or null when the cycle has no dates. */
export function dateRange(start: string | null, end: string | null): string | null {
  if (start && end) return start === end ? formatShortDay(start) : `${formatShortDay(start)} – ${formatShortDay(end)}`;
  if (start) return `From ${formatShortDay(start)}`;
  if (end) return `Until ${formatShortDay(end)}`;
  return null;
}

/** The first lines of a long text, for lists that point to the whole. */
export function firstLines(text: string, max = 240): string {
  const t = text.trim();
  return t.length <= max ? t : `${t.slice(0, max).replace(/\s+\S*$/, '')}…`;
}
