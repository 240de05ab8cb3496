// A meeting's agenda is the text the facilitator typed, one item a line. A line may end with its
// time, "(10 min)", and then the meeting screen shows which item is on and how long it has left.

export type AgendaItem = {
  title: string;
  /** Minutes set aside, or null for an item without a time (shown, not timed). */
  minutes: number | null;
  /** Minutes from the start of the meeting to this item's start. */
  startsAfter: number;
};

// "(10 min)", "(10 mins)", "(10 minutes)", "(10 minutos)", "(10')", also without the brackets at
// the end of the line: "Welcome 5 min".
const TIME = /\s*(?:[-–—:]\s*)?\(?\s*(\d{1,3})\s*(?:min(?:s|utes?|utos?)?\.?|')\s*\)?\s*$/i;
// Bullets and numbering people type in front of items.
const BULLET = /^\s*(?:[-*•·]|\d{1,2}[.)])\s+/;

export function parseAgenda(text: string): AgendaItem[] {
  const items: AgendaItem[] = [];
  let at = 0;
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.replace(BULLET, '').trim();
    if (!line) continue;
    const time = TIME.exec(line);
    const minutes = time ? Number(time[1]) : null;
    const title = time ? line.slice(0, time.index).trim() : line;
    // A line that is only a time ("10 min") is a title, not an untitled item.
    if (!title) {
      items.push({ title: line, minutes: null, startsAfter: at });
      continue;
    }
    items.push({ title, minutes: minutes && minutes > 0 ? minutes : null, startsAfter: at });
    at += minutes ?? 0;
  }
  return items;
}

export type AgendaNow = {
  /** The item on now: the timed item the clock is in, or the last timed one once time has run out. */
  index: number;
  /** Milliseconds left for that item; negative once it has run over. */
  leftMs: number;
};

const MINUTE = 60_000;

/** Which item is on `now` for a meeting started at `startedAt` (ms), or null with no timed items. */
export function agendaNow(items: readonly AgendaItem[], startedAt: number, now: number): AgendaNow | null {
  const elapsed = Math.max(0, now - startedAt);
  let last: AgendaNow | null = null;
  for (const [index, item] of items.entries()) {
    if (item.minutes === null) continue;
    const end = (item.startsAfter + item.minutes) * MINUTE;
    if (elapsed < end) return { index, leftMs: end - elapsed };
    last = { index, leftMs: end - elapsed };
  }
  return last;
}
