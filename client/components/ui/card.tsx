import type { ComponentProps, ReactNode } from 'react';
import { cx } from './cx.ts';

export function Card({ className, ...rest }: ComponentProps<'div'>) {
  return <div className={cx('rounded-xl border border-slate-200 bg-white p-4 shadow-xs sm:p-5', className)} {...rest} />;
}

type SectionCardProps = { title: string; action?: ReactNode; children: ReactNode; className?: string; headingLevel?: 2 | 3 };

/** A card that is a titled region of the page. */
export function SectionCard({ title, action, children, className, headingLevel = 2 }: SectionCardProps) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <section aria-label={title} className={cx('rounded-xl border border-slate-200 bg-white p-4 shadow-xs sm:p-5', className)}>
      <div className="mb-3 flex flex-wrap items-center justify-between gap-2">
        <Heading className="text-base font-semibold text-slate-900">{title}</Heading>
        {action}
      </div>
      {children}
    </section>
  );
}
