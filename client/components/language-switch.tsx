import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { changeLanguage, LANGUAGES } from '../lib/i18n.ts';
import { languageName } from '../lib/language-name.ts';
import { cx } from './ui/cx.ts';

/**
 * The languages Needle speaks, each named in itself, for people who are not signed in (signed-in
 * people choose on their account page). A link's ?lang= follows the choice, so a reload keeps it.
 */
export function LanguageSwitch({ className }: { className?: string }) {
  const { t, i18n } = useTranslation();
  const [params, setParams] = useSearchParams();
  const current = i18n.resolvedLanguage;
  async function choose(lang: string) {
    await changeLanguage(lang);
    if (params.has('lang')) {
      setParams(
        (p) => {
          p.set('lang', lang);
          return p;
        },
        { replace: true },
      );
    }
  }
  return (
    <nav aria-label={t('language.switch')} className={cx('flex items-center gap-1 text-sm', className)}>
      {LANGUAGES.map((lang) => (
        <button
          key={lang}
          type="button"
          lang={lang}
          translate="no"
          aria-current={lang === current ? 'true' : undefined}
          onClick={() => void choose(lang)}
          className={cx(
            'min-h-11 rounded-lg px-2 font-medium',
            lang === current ? 'text-slate-900 underline underline-offset-4' : 'text-accent-800 hover:bg-slate-100',
          )}
        >
          {languageName(lang)}
        </button>
      ))}
    </nav>
  );
}
