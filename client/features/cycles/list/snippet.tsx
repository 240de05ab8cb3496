import { SNIPPET_CLOSE, SNIPPET_OPEN } from '../../../../shared/schemas/cycle.ts';

/** A search snippet with its matched words as <mark>: text nodes only, never HTML. */
export function Snippet({ text }: { text: string }) {
  const parts: { text: string; marked: boolean }[] = [];
  let rest = text;
  while (rest) {
    const open = rest.indexOf(SNIPPET_OPEN);
    if (open === -1) {
      parts.push({ text: rest, marked: false });
      break;
    }
    if (open > 0) parts.push({ text: rest.slice(0, open), marked: false });
    const close = rest.indexOf(SNIPPET_CLOSE, open + 1);
    const end = close === -1 ? rest.length : close;
    parts.push({ text: rest.slice(open + 1, end), marked: true });
    rest = close === -1 ? '' : rest.slice(close + 1);
  }
  return (
    <p translate="no" className="text-sm break-words text-slate-700">
      {parts.map((p, i) =>
        p.marked ? (
          <mark key={i} className="rounded-sm bg-amber-100 px-0.5 font-medium text-slate-900">
            {p.text}
          </mark>
        ) : (
          <span key={i}>{p.text}</span>
        ),
      )}
    </p>
  );
}
