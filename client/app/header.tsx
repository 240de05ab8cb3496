import { lazy, Suspense, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, NavLink } from 'react-router';
import { cx } from '../components/ui/cx.ts';
import { useMe } from '../lib/session.ts';
import { afterFirstPageLoad } from '../lib/first-page.ts';
import { paths } from './paths.ts';

// The two menus bring Radix's dropdown and its positioning code: a third of the app's first
// script. They load once the first page's own code and answers are in (first-page.ts), so the
// page can paint first; a blank of the same size holds their place.
const menus = afterFirstPageLoad(() => Promise.all([import('./network-switcher.tsx'), import('./user-menu.tsx'), import('./notification-bell.tsx')]));
const NetworkSwitcher = lazy(() => menus.then(([m]) => ({ default: m.NetworkSwitcher })));
const UserMenu = lazy(() => menus.then(([, m]) => ({ default: m.UserMenu })));
const NotificationBell = lazy(() => menus.then(([, , m]) => ({ default: m.NotificationBell })));
// Writes kept on this device: its code (IndexedDB, the list) loads after the first page, and it
// shows nothing while the outbox is empty.
const OutboxIndicator = lazy(() => afterFirstPageLoad(() => import('./outbox-indicator.tsx')).then((m) => ({ default: m.OutboxIndicator })));
// Only people who are not signed in see it, so it comes with their first page, not before it.
const LanguageSwitch = lazy(() => import('../components/language-switch.tsx').then((m) => ({ default: m.LanguageSwitch })));

export function Header() {
  const { t } = useTranslation();
  const me = useMe();
  const user = me.data;
  return (
    <header className="border-b border-slate-200 bg-white">
      <div className="mx-auto flex h-12 max-w-5xl items-center gap-2 px-4 sm:h-14 sm:gap-4 sm:px-6">
        <Link to={paths.home.href()} className="flex min-h-11 items-center gap-2 font-semibold text-slate-900 no-underline hover:no-underline">
          <img src="/favicon.svg" alt="" className="size-7" />
          <span className="text-lg tracking-tight" translate="no">
            Needle
          </span>
        </Link>
        {user && (
          <nav aria-label={t('shell.siteNav')} className="flex min-w-0 flex-1 items-center gap-1">
            <Suspense fallback={<span className="min-h-11 min-w-0" />}>
              <NetworkSwitcher />
            </Suspense>
            {user.isAdmin && <HeaderLink to={paths.admin.href()}>{t('shell.administration')}</HeaderLink>}
            {(user.isAdmin || user.partnershipStaff === true) && <HeaderLink to={paths.partnership.href()}>{t('shell.partnershipDashboard')}</HeaderLink>}
            <HeaderLink to={paths.library.href()}>{t('shell.library')}</HeaderLink>
          </nav>
        )}
        {user && (
          <div className="ml-auto flex shrink-0 items-center gap-1">
            <Suspense fallback={null}>
              <OutboxIndicator userId={user.id} />
            </Suspense>
            <Suspense fallback={<span className="size-11 shrink-0" />}>
              <NotificationBell />
            </Suspense>
            <Suspense fallback={<span className="min-h-11 w-12 shrink-0" />}>
              <UserMenu user={user} />
            </Suspense>
          </div>
        )}
        {me.isSuccess && !user && (
          <Suspense fallback={null}>
            <LanguageSwitch className="ml-auto" />
          </Suspense>
        )}
      </div>
    </header>
  );
}

/** A place of the whole site beside the network switcher; on a phone these live in the user menu. */
function HeaderLink({ to, children }: { to: string; children: ReactNode }) {
  return (
    <NavLink
      to={to}
      className={({ isActive }) =>
        cx('hidden min-h-11 items-center rounded-lg px-3 text-sm font-medium no-underline hover:bg-slate-100 hover:no-underline sm:flex', isActive ? 'text-accent-900' : 'text-slate-700')
      }
    >
      {children}
    </NavLink>
  );
}
