import Markdown, { type Components } from 'react-markdown';

// The charter is written by people in the network and read by everyone in it: render plain prose
// only. Raw HTML is skipped, and anything else (images, headings that would break the page's
// outline, code blocks) is reduced to its text.
const ALLOWED = ['p', 'ul', 'ol', 'li', 'a', 'strong', 'em', 'br'];

const components: Components = {
  // noreferrer: the charter's address is not the linked site's business.
  a: ({ node: _node, ...props }) => <a {...props} rel="noopener noreferrer" />,
};

export function CharterMarkdown({ text }: { text: string }) {
  return (
    <div className="space-y-3 break-words text-slate-800 [&_a]:underline [&_ol]:list-decimal [&_ol]:space-y-1 [&_ol]:pl-6 [&_ul]:list-disc [&_ul]:space-y-1 [&_ul]:pl-6">
      <Markdown allowedElements={ALLOWED} unwrapDisallowed skipHtml components={components}>
        {text}
      </Markdown>
    </div>
  );
}
