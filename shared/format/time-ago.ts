// How long ago something happened, as a reader of one locale says it: "2 hours ago", "hace 2 horas".

const STEPS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['second', 60],
  ['minute', 60],
  ['hour', 24],
  ['day', 7],
  ['week', 4.35],
  ['month', 12],
  ['year', Infinity],
];

const byLocale = new Map<string, Intl.RelativeTimeFormat>();

/** `then` against `now` in the largest unit that fits; under a minute reads as "now". */
export function timeAgo(locale: string, then: Date | number, now: Date | number = Date.now()): string {
  let rtf = byLocale.get(locale);
  if (!rtf) byLocale.set(locale, (rtf = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' })));
  let amount = Math.max(0, (Number(now) - Number(then)) / 1000);
  if (amount < 60) return rtf.format(0, 'second');
  for (const [unit, size] of STEPS) {
    if (amount < size) return rtf.format(-Math.floor(amount), unit);
    amount /= size;
  }
  return rtf.format(-Math.floor(amount), 'year');
}
