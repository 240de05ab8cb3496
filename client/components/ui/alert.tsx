import type { ReactNode } from 'react';
import { cx } from './cx.ts';

type Tone = 'error' | 'info' | 'success' | 'warning';

// Each tone's mark, drawn here in the icon set's 24-unit grid and stroke: the error state and the
// success notice are in the first script, and the icon library's runtime would ride in with them.
const RING = <circle key="ring" cx="12" cy="12" r="10" />;
const MARKS: Record<Tone, ReactNode> = {
  error: [RING, <path key="m" d="M12 7v6M12 16.5h.01" />],
  info: [RING, <path key="m" d="M12 11v5M12 7.5h.01" />],
  success: [RING, <path key="m" d="m8 12.5 3 3 5-6" />],
  warning: [<path key="t" d="M10.3 3.9 1.9 18.5A2 2 0 0 0 3.6 21.5h16.8a2 2 0 0 0 1.7-3L13.7 3.9a2 2 0 0 0-3.4 0Z" />, <path key="m" d="M12 9.5v4M12 17.5h.01" />],
};

const TONES: Record<Tone, string> = {
  error: 'border-red-200 bg-red-50 text-red-900',
  info: 'border-sky-200 bg-sky-50 text-sky-950',
  success: 'border-emerald-200 bg-emerald-50 text-emerald-950',
  warning: 'border-amber-300 bg-amber-50 text-amber-950',
};

export function Alert({ tone = 'info', title, children, className }: { tone?: Tone; title?: ReactNode; children?: ReactNode; className?: string }) {
  return (
    <div role={tone === 'error' ? 'alert' : 'status'} className={cx('flex gap-3 rounded-lg border p-3 text-sm', TONES[tone], className)}>
      <svg aria-hidden="true" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" className="mt-0.5 size-4 shrink-0">
        {MARKS[tone]}
      </svg>
      <div className="min-w-0 space-y-1">
        {title && <p className="font-semibold">{title}</p>}
        {children && <div>{children}</div>}
      </div>
    </div>
  );
}
