import type { ReactNode, Ref } from 'react';
import { NavLink } from 'react-router';
import { Menu, MenuContent, MenuItem, MenuTrigger } from './menu.tsx';
import type { Tab, TabFrom } from './tab-nav.tsx';

type Props = { tabs: Tab[]; inMenu: Record<TabFrom, string>; triggerClassName: string; label: ReactNode; defaultOpen: boolean; triggerRef: Ref<HTMLButtonElement> };

/** TabNav's "More" menu: the sections that wait in it at the screen's width (`inMenu`: the classes that show each). */
export function MoreMenu({ tabs, inMenu, triggerClassName, label, defaultOpen, triggerRef }: Props) {
  return (
    <Menu defaultOpen={defaultOpen}>
      <MenuTrigger ref={triggerRef} className={triggerClassName}>
        {label}
      </MenuTrigger>
      <MenuContent>
        {tabs.map((t) => (
          <MenuItem key={t.to} asChild className={inMenu[t.from ?? 'phone']}>
            <NavLink to={t.to} end={t.end} className="no-underline hover:no-underline aria-[current=page]:font-semibold aria-[current=page]:text-accent-900">
              {t.label}
            </NavLink>
          </MenuItem>
        ))}
      </MenuContent>
    </Menu>
  );
}
