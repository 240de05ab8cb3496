import { useTranslation } from 'react-i18next';
import { isRouteErrorResponse, useRouteError } from 'react-router';
import { Button } from '../components/ui/button.tsx';

/** The last resort when a page fails to render or its code cannot be loaded (often after a deploy). */
export function RouteError() {
  const { t } = useTranslation();
  const error = useRouteError();
  const detail = isRouteErrorResponse(error) ? `${error.status} ${error.statusText}` : error instanceof Error ? error.message : '';
  return (
    <main id="main" className="mx-auto max-w-lg px-4 py-16 text-center">
      <h1 className="text-2xl font-semibold text-slate-900">{t('shell.routeError.title')}</h1>
      <p className="mt-3 text-slate-700">{t('shell.routeError.body')}</p>
      {detail && <p className="mt-2 text-sm break-words text-slate-600">{detail}</p>}
      <Button className="mt-6" onClick={() => window.location.reload()}>
        {t('shell.routeError.reload')}
      </Button>
    </main>
  );
}
