import type { Words } from '../../shared/i18n/words.ts';
import type { MailBody, Site } from './mail-body.ts';
import { unsubscribeUrl } from './unsubscribe.ts';

/** An email ready for the transport: both bodies and the headers mail clients read. */
export type ComposedMail = { subject: string; text: string; html: string; headers: Record<string, string> };

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => ESCAPES[c]!);

// Dark text on white and a dark blue button: well above WCAG AA in every mail client's light view.
const TEXT = 'color:#1a1a1a;font-family:Arial,Helvetica,sans-serif;font-size:16px;line-height:1.5';
const SMALL = 'color:#4a4a4a;font-family:Arial,Helvetica,sans-serif;font-size:14px;line-height:1.5';
const BUTTON = 'display:inline-block;background:#1d4ed8;color:#ffffff;padding:12px 20px;border-radius:6px;font-weight:bold;text-decoration:underline';
const LINK = 'color:#1d4ed8;text-decoration:underline';

/**
 * Lays an email out as plain text and simple HTML (inline styles only: mail clients drop style
 * sheets), ending with why it was sent and, for an email a person can turn off, a one-click
 * unsubscribe link — in the body and in the List-Unsubscribe headers (RFC 8058), so the mail
 * client's own "unsubscribe" button works without signing in. The last line names the
 * partnership when it has a name ("Sent by Needle for Eastside Cradle to Career").
 */
export function composeMail(w: Words, body: MailBody, site: Site, userId: string | null, partnership: string | null = null): ComposedMail {
  const headers: Record<string, string> = {};
  const stop = body.unsubscribe && userId ? unsubscribeUrl(site, userId, body.unsubscribe) : null;
  if (stop) {
    headers['List-Unsubscribe'] = `<${stop}>`;
    headers['List-Unsubscribe-Post'] = 'List-Unsubscribe=One-Click';
  }
  // The partnership's own name, never translated; before an admin names it, just Needle.
  const sentBy = partnership ? w.t('mail:partnership.sentBy', { partnership, site: site.baseUrl }) : w.t('mail:footer.sentBy', { site: site.baseUrl });

  const text: string[] = [...body.lines];
  if (body.action) text.push(`${body.action.label}:\n${body.action.url}`);
  for (const group of body.list ?? []) {
    text.push([group.heading, ...group.items.map((item) => `- ${item.text}\n  ${item.url}`)].join('\n'));
  }
  text.push('--', body.reason);
  if (stop) text.push(w.t('mail:footer.unsubscribeText', { url: stop }));
  text.push(sentBy);

  const p = (content: string, style = TEXT) => `<p style="margin:0 0 16px;${style}">${content}</p>`;
  const html: string[] = body.lines.map((line) => p(escapeHtml(line)));
  if (body.action) {
    html.push(p(`<a href="${escapeHtml(body.action.url)}" style="${BUTTON}">${escapeHtml(body.action.label)}</a>`));
  }
  for (const group of body.list ?? []) {
    html.push(`<h2 style="margin:24px 0 8px;${TEXT};font-size:18px">${escapeHtml(group.heading)}</h2>`);
    const items = group.items.map((item) => `<li style="margin:0 0 8px"><a href="${escapeHtml(item.url)}" style="${LINK}">${escapeHtml(item.text)}</a></li>`);
    html.push(`<ul style="margin:0 0 16px;padding-left:20px;${TEXT}">${items.join('')}</ul>`);
  }
  html.push('<hr style="border:none;border-top:1px solid #d0d0d0;margin:24px 0">');
  html.push(p(escapeHtml(body.reason), SMALL));
  if (stop) html.push(p(`<a href="${escapeHtml(stop)}" style="${LINK}">${escapeHtml(w.t('mail:footer.unsubscribe'))}</a>`, SMALL));
  html.push(p(escapeHtml(sentBy), SMALL));

  const page = [
    '<!doctype html>',
    `<html lang="${escapeHtml(w.lang)}">`,
    '<head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">',
    `<title>${escapeHtml(body.subject)}</title></head>`,
    '<body style="margin:0;padding:0;background:#ffffff">',
    `<div style="max-width:600px;margin:0 auto;padding:24px 16px">${html.join('\n')}</div>`,
    '</body></html>',
  ].join('\n');
  return { subject: body.subject, text: `${text.join('\n\n')}\n`, html: page, headers };
}
