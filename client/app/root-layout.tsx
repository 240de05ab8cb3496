import { useQuery } from '@tanstack/react-query';
import { lazy, Suspense, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, Outlet, useLocation } from 'react-router';
import { ErrorState, LoadingState } from '../components/ui/states.tsx';
import { NothingKeptOffline, OfflineMarker } from '../components/offline-marker.tsx';
import { NoticeScope } from '../components/ui/success-notice.tsx';
import { errorMessage } from '../lib/errors.ts';
import { useMe } from '../lib/session.ts';
import { useTRPC } from '../lib/trpc.ts';
import { useAccountLanguage } from '../lib/use-account-language.ts';
import { afterFirstPageLoad } from '../lib/first-page.ts';
import { Header } from './header.tsx';
import { paths } from './paths.ts';

// Sends writes kept on this device; loaded after the first page, for a signed-in person only.
const OutboxReplayer = lazy(() => afterFirstPageLoad(() => import('../lib/outbox/outbox-replayer.tsx')).then((m) => ({ default: m.OutboxReplayer })));

export function RootLayout() {
  const { t } = useTranslation();
  useAccountLanguage();
  const me = useMe();
  return (
    <>
      <a
        href="#main"
        className="sr-only z-50 rounded-lg bg-white px-4 py-3 font-medium shadow focus:not-sr-only focus:fixed focus:top-2 focus:left-2"
      >
        {t('shell.skipToContent')}
      </a>
      <Header />
      <MainRegion />
      {me.data && (
        <Suspense fallback={null}>
          <OutboxReplayer key={me.data.id} userId={me.data.id} />
        </Suspense>
      )}
    </>
  );
}

function MainRegion() {
  const main = useRef<HTMLElement>(null);
  const { pathname } = useLocation();
  const first = useRef(true);

  // After a client-side navigation, start keyboard and screen-reader users at the new content,
  // unless the new page already put the cursor in its first field (the quick log's title).
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    if (!typingIn(document.activeElement, main.current)) main.current?.focus({ preventScroll: true });
    window.scrollTo(0, 0);
  }, [pathname]);

  return (
    <main id="main" ref={main} tabIndex={-1} className="mx-auto w-full max-w-5xl px-4 py-4 outline-none sm:px-6 sm:py-8">
      <OfflineMarker />
      <NoticeScope>
        <SetupGate />
      </NoticeScope>
    </main>
  );
}

function typingIn(element: Element | null, region: HTMLElement | null): boolean {
  return !!element && !!region?.contains(element) && element.matches('input, textarea, select');
}

/** Until the first administrator exists, every page leads to first-run setup. */
function SetupGate() {
  const trpc = useTRPC();
  const status = useQuery(trpc.setup.status.queryOptions(undefined, { staleTime: Infinity }));
  const { pathname } = useLocation();
  if (status.isPending) return status.fetchStatus === 'paused' ? <NothingKeptOffline /> : <LoadingState />;
  if (status.isError) return <ErrorState message={errorMessage(status.error)} onRetry={() => void status.refetch()} />;
  if (status.data.needsFirstAdmin && pathname !== paths.setup.href()) return <Navigate to={paths.setup.href()} replace />;
  return <Outlet />;
}
