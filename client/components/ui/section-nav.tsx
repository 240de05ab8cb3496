import { NavLink } from 'react-router';
import { cx } from './cx.ts';

export type Section = { to: string; label: string; end?: boolean };

/**
 * A page's own sections as a segmented control under the network's tabs: a second row of
 * underlined tabs would read as more of the same.
 */
export function SectionNav({ label, sections }: { label: string; sections: readonly Section[] }) {
  return (
    <nav aria-label={label}>
      <ul className="flex gap-1 rounded-xl bg-slate-200/70 p-1 sm:inline-flex">
        {sections.map((s) => (
          <li key={s.label} className="flex-1 sm:flex-none">
            <NavLink
              to={s.to}
              end={s.end}
              className={({ isActive }) =>
                cx(
                  'flex min-h-11 items-center justify-center rounded-lg px-3 text-center text-sm font-medium no-underline hover:no-underline',
                  isActive ? 'bg-white text-slate-900 shadow-sm' : 'text-slate-700 hover:bg-white/60 hover:text-slate-900',
                )
              }
            >
              {s.label}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
