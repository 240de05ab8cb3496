// Every language says everything English says, in the same shape, and says nothing no code asks for.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { NAMESPACES, SOURCE_LANGUAGE } from '../../shared/i18n/languages.ts';

const LOCALES = new URL('../../shared/i18n/locales/', import.meta.url);
const languages = readdirSync(LOCALES, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name);
const PLURAL = /_(zero|one|two|few|many|other)$/;

type Tree = { [key: string]: string | Tree };
const read = (lang: string, ns: string): Tree => JSON.parse(readFileSync(new URL(`${lang}/${ns}.json`, LOCALES), 'utf8'));

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [k, v] of flatten(value, path)) out.set(k, v);
  }
  return out;
}

/** Keys without their plural endings, each with the plural forms it has (empty for a plain key). */
function baseKeys(flat: Map<string, string>): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const key of flat.keys()) {
    const form = PLURAL.exec(key)?.[1];
    const base = form ? key.slice(0, -form.length - 1) : key;
    const forms = out.get(base) ?? new Set<string>();
    if (form) forms.add(form);
    out.set(base, forms);
  }
  return out;
}

const variables = (text: string) => [...text.matchAll(/\{\{\s*([\w.]+)[^}]*\}\}/g)].map((m) => m[1]!).sort();
/** The values a key's English text uses, in any of its plural forms. */
const valuesOf = (flat: Map<string, string>, base: string) =>
  new Set([...flat].filter(([k]) => k === base || (k.startsWith(`${base}_`) && PLURAL.test(k))).flatMap(([, v]) => variables(v)));

// Every string literal and template-literal head in the code: a key is used when one of them is
// the key itself (with or without its namespace) or, for a key chosen at run time
// (t(`labels.stage.${stage}`)), the start of it up to the ${.
function sourceFiles(dir: URL): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && /\.(ts|tsx)$/.test(e.name) && !e.name.endsWith('.d.ts'))
    .map((e) => readFileSync(`${e.parentPath}/${e.name}`, 'utf8'));
}
const code = ['../../client/', '../../shared/', '../../server/'].flatMap((d) => sourceFiles(new URL(d, import.meta.url))).join('\n');
const literals = new Set([...code.matchAll(/(['"`])((?:[\w-]+:)?[\w.-]+)\1/g)].map((m) => m[2]!.replace(/^[\w-]+:/, '')));
const prefixes = [...code.matchAll(/`(?:[\w-]+:)?([\w.-]*)\$\{/g)].map((m) => m[1]!).filter((p) => p.length > 0);
const used = (key: string) => literals.has(key) || prefixes.some((p) => key.startsWith(p));

describe('catalogues', () => {
  it('English has every namespace, and every language has the same files', () => {
    for (const lang of languages) {
      const files = readdirSync(new URL(`${lang}/`, LOCALES)).sort();
      expect(files, lang).toEqual(NAMESPACES.map((ns) => `${ns}.json`).sort());
    }
  });

  for (const ns of NAMESPACES) {
    describe(ns, () => {
      const source = flatten(read(SOURCE_LANGUAGE, ns));
      const sourceBases = baseKeys(source);

      it('has no key that no code uses', () => {
        const unused = [...sourceBases.keys()].filter((key) => !used(key) && !key.startsWith('language.'));
        expect(unused).toEqual([]);
      });

      // <Trans> reads a catalogue's tags as HTML: a void element's name (<link>, <input>…) would
      // drop what it wraps, leaving an empty link.
      it('names no component after an HTML element that cannot hold text', () => {
        const VOID = /<\/?(area|base|br|col|embed|hr|img|input|link|meta|param|source|track|wbr)>/;
        for (const lang of languages) expect([...flatten(read(lang, ns))].filter(([, v]) => VOID.test(v)).map(([k]) => `${lang}:${k}`)).toEqual([]);
      });

      it('has no empty text', () => {
        for (const lang of languages) expect([...flatten(read(lang, ns))].filter(([, v]) => !v.trim()).map(([k]) => `${lang}:${k}`)).toEqual([]);
      });

      for (const lang of languages.filter((l) => l !== SOURCE_LANGUAGE)) {
        it(`${lang} says what English says: the same keys, every plural form, the same {{values}}`, () => {
          const target = flatten(read(lang, ns));
          const targetBases = baseKeys(target);
          const categories = new Intl.PluralRules(lang).resolvedOptions().pluralCategories;
          expect([...sourceBases.keys()].filter((k) => !targetBases.has(k)), `missing in ${lang}`).toEqual([]);
          expect([...targetBases.keys()].filter((k) => !sourceBases.has(k)), `only in ${lang}`).toEqual([]);
          for (const [base, forms] of sourceBases) {
            if (forms.size === 0) continue;
            expect([...(targetBases.get(base) ?? [])].sort(), `plural forms of ${base} in ${lang}`).toEqual([...categories].sort());
          }
          for (const base of sourceBases.keys()) {
            const en = valuesOf(source, base);
            for (const [key, text] of target) {
              if (key !== base && !key.startsWith(`${base}_`)) continue;
              // A plural form may leave out the number ("un ciclo"); no form invents a value.
              const extra = variables(text).filter((v) => !en.has(v));
              expect(extra, `${lang}:${ns}:${key} uses values English does not give`).toEqual([]);
            }
          }
        });
      }
    });
  }
});
