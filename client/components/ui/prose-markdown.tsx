import Markdown, { type Components } from 'react-markdown';
import { cx } from './cx.ts';

// Text people in a network write (the charter, its aim on the public page): render plain prose
// only. Raw HTML is skipped, and anything else (images, headings that would break the page's
// outline, code blocks) is reduced to its text.
const ALLOWED = ['p', 'ul', 'ol', 'li', 'a', 'strong', 'em', 'br'];

const components: Components = {
  // noreferrer: the charter's address is not the linked site's business.
  a: ({ node: _node, ...props }) => <a {...props} rel="noopener noreferrer" />,
};

export function ProseMarkdown({ text, className = 'text-slate-800' }: { text: string; className?: string }) {
  return (
    <div className={cx('space-y-3 break-words [&_a]:underline [&_ol]:list-decimal [&_ol]:space-y-1 [&_ol]:pl-6 [&_ul]:list-disc [&_ul]:space-y-1 [&_ul]:pl-6', className)}>
      <Markdown allowedElements={ALLOWED} unwrapDisallowed skipHtml components={components}>
        {text}
      </Markdown>
    </div>
  );
}
