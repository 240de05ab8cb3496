import type { PostProcessorModule } from 'i18next';
import type { Formats } from '../format/formats.ts';

/**
 * The pseudo-language ('?lang=pseudo'): the English catalogues, each text marked and accented
 * (⟦Šàvé⟧), dates and numbers marked too, in the browser and in what the server writes. A page
 * in it shows at a glance any word that no catalogue gave; the browser tests look for them.
 */
export const PSEUDO = 'pseudo';

const ACCENTS: Record<string, string> = { a: 'à', e: 'é', i: 'î', o: 'ö', u: 'ü', A: 'Å', E: 'É', I: 'Î', O: 'Ö', U: 'Ü', c: 'ç', n: 'ñ', s: 'š', y: 'ý' };

export const pseudoProcessor: PostProcessorModule = {
  type: 'postProcessor',
  name: 'pseudo',
  // A fixed t (getFixedT, as the server and useWords make) names its language in the options.
  process: (value: string, _key: unknown, options: { lng?: string }, translator: { language?: string }) =>
    (options?.lng ?? translator.language) === PSEUDO ? `⟦${value.replace(/[aeiouAEIOUcnsy]/g, (c) => ACCENTS[c]!)}⟧` : value,
};

/** Formats whose every date and number is marked like catalogue text. */
export function markedFormats(f: Formats): Formats {
  const mark = (fn: (...args: never[]) => string) => (...args: never[]) => `⟦${fn(...args)}⟧`;
  return Object.fromEntries(Object.entries(f).map(([k, v]) => [k, typeof v === 'function' ? mark(v) : v])) as Formats;
}
