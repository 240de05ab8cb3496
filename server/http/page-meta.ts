import type { Db } from '../db/client.ts';
import { wordsFor } from '../i18n.ts';
import { publicPageSummary } from '../services/public-page.ts';
import { partnershipSummary } from '../services/public-partnership.ts';

/** What the server says about an app page before its script runs: for link previews and crawlers. */
export type PageMeta = { status: number; title?: string; description?: string };

const PUBLIC_PAGE = /^\/impact\/([^/?#]+)/;
const REPORT_CARD = /^\/impact\/?(?:[?#]|$)/;
const DESCRIPTION_MAX = 200;

/**
 * A community impact page is the one page people share: a preview names the network and its aim,
 * and an address with no public page answers 404, as the page itself then says. Every other app
 * page is the same shell (status 200, the app's own title).
 */
export function pageMetaFor(db: Db, url: string, lang: string): PageMeta {
  if (REPORT_CARD.test(url)) return reportCardMeta(db, lang);
  const slug = PUBLIC_PAGE.exec(url)?.[1];
  if (!slug) return { status: 200 };
  const summary = publicPageSummary(db, safeDecode(slug));
  if (!summary) return { status: 404 };
  const aim = summary.aim && plainText(summary.aim);
  const { t } = wordsFor(lang);
  return {
    status: 200,
    title: t('meta.impactTitle', { name: summary.name }),
    description: aim ? clip(aim) : t('meta.impactDescription', { name: summary.name }),
  };
}

/** The report card is shared too: a preview names the partnership and says what it holds. */
function reportCardMeta(db: Db, lang: string): PageMeta {
  const { t } = wordsFor(lang);
  const partnership = partnershipSummary(db);
  const description = partnership?.description.replace(/\s+/g, ' ').trim();
  return {
    status: 200,
    title: partnership ? t('public:impact.pageTitle', { name: partnership.name }) : t('public:impact.title'),
    description: description ? clip(description) : t('public:impact.intro'),
  };
}

/** The aim is light Markdown: a preview shows its words without the marks. */
function plainText(markdown: string): string {
  return markdown
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[*_`#>]+/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

function clip(text: string): string {
  return text.length <= DESCRIPTION_MAX ? text : `${text.slice(0, DESCRIPTION_MAX - 1).trimEnd()}…`;
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => ESCAPES[c]!);

/** The built index.html in a language, with the page's title and description (escaped: they are people's words). */
export function withMeta(html: string, meta: PageMeta, lang: string): string {
  html = html.replace(/<html lang="[^"]*">/, `<html lang="${escapeHtml(lang)}">`);
  if (!meta.title) return html;
  const title = escapeHtml(meta.title);
  const description = escapeHtml(meta.description ?? '');
  const tags = [
    `<meta name="description" content="${description}" />`,
    `<meta property="og:title" content="${title}" />`,
    `<meta property="og:description" content="${description}" />`,
    '<meta property="og:type" content="website" />',
  ].join('\n    ');
  return html
    .replace(/\s*<meta name="description"[^>]*>/, '')
    .replace(/<title>[^<]*<\/title>/, () => `<title>${title}</title>\n    ${tags}`);
}
