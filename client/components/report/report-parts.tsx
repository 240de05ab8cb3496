import type { ReactNode } from 'react';
import { type NarrativeBlock } from '../../../shared/report/document.ts';
import type { Words } from '../../../shared/i18n/words.ts';
import { LightSpans } from '../ui/light-spans.tsx';

// Small pieces every part of a report view uses.

export type Level = 1 | 2 | 3 | 4 | 5 | 6;

/** Who reads the report: the network sees owners' names, the public does not. */
export type ReportAudience = 'network' | 'public';

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

export function Section({ id, level, title, children }: { id: string; level: Level; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="space-y-3">
      <Heading level={level} id={id} className="text-xl font-semibold text-slate-900 print:break-after-avoid">
        {title}
      </Heading>
      {children}
    </section>
  );
}

/** Paragraphs, and consecutive bullet items as one list. */
export function Narrative({ blocks }: { blocks: NarrativeBlock[] }) {
  const groups: (NarrativeBlock | NarrativeBlock[])[] = [];
  for (const b of blocks) {
    const last = groups.at(-1);
    if (b.kind === 'item') {
      if (Array.isArray(last)) last.push(b);
      else groups.push([b]);
    } else groups.push(b);
  }
  return (
    <div translate="no" className="max-w-prose space-y-3 leading-relaxed">
      {groups.map((g, i) =>
        Array.isArray(g) ? (
          <ul key={i} className="list-disc space-y-1 pl-5">
            {g.map((item, j) => (
              <li key={j}>
                <LightSpans text={item.text} />
              </li>
            ))}
          </ul>
        ) : (
          <p key={i}>
            <LightSpans text={g.text} />
          </p>
        ),
      )}
    </div>
  );
}

export function CountTable({ caption, head, rows, w }: { caption: string; head: string; rows: [string, number][]; w: Words }) {
  return (
    <table className="w-full max-w-sm text-left text-sm">
      <caption className="mb-1 text-left font-medium text-slate-800">{caption}</caption>
      <thead className="sr-only">
        <tr>
          <th scope="col">{head}</th>
          <th scope="col">{w.t('report:view.count')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map(([label, n]) => (
          <tr key={label} className="break-inside-avoid border-b border-slate-100">
            <th scope="row" className="py-1 pr-3 font-normal">
              {label}
            </th>
            <td className="py-1 text-right tabular-nums">{w.f.count(n)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
