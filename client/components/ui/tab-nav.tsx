import { ChevronDown } from 'lucide-react';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { matchPath, NavLink, useLocation, useResolvedPath } from 'react-router';
import { followsFirstPage, useStandIn } from '../../lib/first-page.ts';
import { cx } from './cx.ts';

// The "More" menu brings Radix's dropdown and its positioning code, 30 KB a phone would otherwise
// fetch before the page it came for: it follows the first page, or comes at once when pressed.
const moreMenu = followsFirstPage(() => import('./tab-more-menu.tsx'));
const MoreMenu = lazy(() => moreMenu.load().then((m) => ({ default: m.MoreMenu })));

/** From which screen width a tab sits in the bar; on narrower screens it waits in the "More" menu. */
export type TabFrom = 'phone' | 'tablet' | 'desktop';
export type Tab = { to: string; label: string; end?: boolean; from?: TabFrom };

// Whole class names, so Tailwind sees them. Tablet is `sm` (640px), desktop is `lg` (1024px).
const IN_BAR: Record<TabFrom, string> = { phone: 'flex', tablet: 'hidden sm:flex', desktop: 'hidden lg:flex' };
const IN_MENU: Record<TabFrom, string> = { phone: 'hidden', tablet: 'sm:hidden', desktop: 'lg:hidden' };
const MORE_BUTTON: Record<'tablet' | 'desktop', string> = { tablet: 'sm:hidden', desktop: 'lg:hidden' };

const tabClasses = (active: boolean) =>
  cx(
    '-mb-px min-h-11 items-center gap-1 border-b-2 px-3 text-sm font-medium whitespace-nowrap no-underline hover:no-underline',
    active ? 'border-accent-700 text-accent-900' : 'border-transparent text-slate-700 hover:border-slate-300 hover:text-slate-900',
  );

/**
 * Section navigation as tabs. A phone shows the tabs people use most and a "More" menu for the
 * rest, so every section is one tap away and nothing hides in a bar that scrolls sideways.
 */
export function TabNav({ label, tabs }: { label: string; tabs: Tab[] }) {
  const widest = tabs.some((t) => t.from === 'desktop') ? 'desktop' : tabs.some((t) => t.from === 'tablet') ? 'tablet' : null;
  return (
    <nav aria-label={label} className="-mx-4 mb-4 border-b border-slate-200 px-4 sm:mx-0 sm:mb-6 sm:px-0">
      <ul className="flex gap-1">
        {tabs.map((t) => (
          <li key={t.to} className={IN_BAR[t.from ?? 'phone']}>
            <NavLink to={t.to} end={t.end} className={({ isActive }) => cx('flex', tabClasses(isActive))}>
              {t.label}
            </NavLink>
          </li>
        ))}
        {widest && (
          <li className={cx('ml-auto flex', MORE_BUTTON[widest])}>
            <More tabs={tabs.filter((t) => (t.from ?? 'phone') !== 'phone')} />
          </li>
        )}
      </ul>
    </nav>
  );
}

// While a section in the menu is open, the menu's button is underlined like a tab, at the widths
// where that section is in the menu.
const MORE_ACTIVE: Record<'tablet' | 'desktop', string> = {
  tablet: 'border-accent-700 text-accent-900 sm:border-transparent sm:text-slate-700',
  desktop: 'border-accent-700 text-accent-900',
};

/** The "More" button, a plain one until its menu has loaded; pressed meanwhile, the menu opens once it has. */
function More({ tabs }: { tabs: Tab[] }) {
  const { t: translate } = useTranslation();
  const standIn = useStandIn(moreMenu.now, { pressOnPointerDown: true });
  const base = useResolvedPath('').pathname.replace(/\/$/, '');
  const { pathname } = useLocation();
  const from = tabs.find((t) => matchPath({ path: t.to ? `${base}/${t.to}` : base, end: t.end ?? false }, pathname))?.from;
  const className = cx('flex', tabClasses(false), from && from !== 'phone' && MORE_ACTIVE[from]);
  const label = (
    <>
      {translate('shell.more')}
      <ChevronDown aria-hidden="true" className="size-4 text-slate-600" />
    </>
  );
  return (
    <Suspense
      fallback={
        <button type="button" aria-haspopup="menu" className={className} {...standIn.props}>
          {label}
        </button>
      }
    >
      <MoreMenu tabs={tabs} inMenu={IN_MENU} triggerClassName={className} label={label} defaultOpen={standIn.pressed} triggerRef={standIn.takeFocus} />
    </Suspense>
  );
}
