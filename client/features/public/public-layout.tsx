import { useTranslation } from 'react-i18next';
import { Outlet } from 'react-router';
import { LanguageSwitch } from '../../components/language-switch.tsx';

/**
 * The community impact pages stand on their own: no sign-in, no app navigation, nothing that
 * asks who the visitor is. Only the page's own data is loaded, and a switch between languages.
 */
export function PublicLayout() {
  const { t } = useTranslation('public');
  return (
    <>
      <a href="#main" className="sr-only z-50 rounded-lg bg-white px-4 py-3 font-medium shadow focus:not-sr-only focus:fixed focus:top-2 focus:left-2">
        {t('layout.skip')}
      </a>
      <header className="mx-auto flex max-w-3xl justify-end px-4 pt-2 sm:px-6 print:hidden">
        <LanguageSwitch />
      </header>
      {/* At least a screen tall: while the page loads, the footer waits below the fold instead of being pushed down the screen when the report arrives. */}
      <main id="main" tabIndex={-1} className="mx-auto min-h-dvh w-full max-w-3xl px-4 py-6 outline-none sm:px-6 sm:py-10">
        <Outlet />
      </main>
      <footer className="mx-auto max-w-3xl px-4 pb-8 text-sm text-slate-600 sm:px-6 print:hidden">
        {t('layout.footer')}
      </footer>
    </>
  );
}
