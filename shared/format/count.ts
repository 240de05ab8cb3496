// Its own module because the first script needs it (the catalogues' `{{n, count}}`) and nothing
// else of the formats.

const counts = new Map<string, Intl.NumberFormat>();

/** '1,204' in a locale; a fraction keeps at most two digits. */
export function countIn(locale: string, n: number): string {
  let f = counts.get(locale);
  if (!f) counts.set(locale, (f = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 })));
  return f.format(n);
}
