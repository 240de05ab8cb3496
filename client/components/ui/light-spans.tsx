import { Fragment } from 'react';
import { inlineSpans } from '../../../shared/text/light-markdown.ts';

/**
 * Text people wrote, with its light Markdown (bold, italics, links) drawn as such: the same
 * reading of the markers as the PDF and the DOCX, so a report looks the same in every form.
 */
export function LightSpans({ text }: { text: string }) {
  return (
    <>
      {inlineSpans(text).map((s, i) => {
        let node = <Fragment key={i}>{s.text}</Fragment>;
        if (s.em) node = <em key={i}>{node}</em>;
        if (s.strong) node = <strong key={i}>{node}</strong>;
        if (s.href) {
          node = (
            <a key={i} href={s.href} className="underline" rel="noopener noreferrer">
              {node}
            </a>
          );
        }
        return node;
      })}
    </>
  );
}
