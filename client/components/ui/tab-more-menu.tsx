import type { ReactNode } from 'react';
import { NavLink } from 'react-router';
import { Menu, MenuContent, MenuItem, MenuTrigger } from './menu.tsx';
import { IN_MENU, type Tab } from './tab-nav.tsx';

/** TabNav's "More" menu: the sections that wait in it at the screen's width. */
export function MoreMenu({ tabs, triggerClassName, label, defaultOpen }: { tabs: Tab[]; triggerClassName: string; label: ReactNode; defaultOpen: boolean }) {
  return (
    <Menu defaultOpen={defaultOpen}>
      <MenuTrigger className={triggerClassName}>{label}</MenuTrigger>
      <MenuContent>
        {tabs.map((t) => (
          <MenuItem key={t.to} asChild className={IN_MENU[t.from ?? 'phone']}>
            <NavLink to={t.to} end={t.end} className="no-underline hover:no-underline aria-[current=page]:font-semibold aria-[current=page]:text-accent-900">
              {t.label}
            </NavLink>
          </MenuItem>
        ))}
      </MenuContent>
    </Menu>
  );
}
