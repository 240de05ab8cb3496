import type { ReactNode } from 'react';

// Small pieces every part of a report view uses.

export type Level = 1 | 2 | 3 | 4 | 5 | 6;

export function Heading({ level, id, className, children }: { level: Level; id?: string; className?: string; children: ReactNode }) {
  const Tag = `h${Math.min(level, 6)}` as 'h1';
  return (
    <Tag id={id} className={className}>
      {children}
    </Tag>
  );
}

export function Item({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div className="space-y-0.5">
      <dt className="font-medium text-slate-700">{term}</dt>
      <dd>{children}</dd>
    </div>
  );
}
