import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Words } from '../../shared/i18n/words.ts';
import type { Db } from '../db/client.ts';
import { pickLanguage } from '../../shared/i18n/languages.ts';
import { LANGUAGES, wordsFor } from '../i18n.ts';
import { escapeHtml } from '../mail/compose.ts';
import type { UnsubscribeTopic } from '../mail/mail-body.ts';
import { subscriber, unsubscribe, UNSUBSCRIBE_PATH, verifyUnsubscribe, type Subscriber } from '../mail/unsubscribe.ts';

/**
 * The unsubscribe link of every email, working without signing in (the signature is the proof).
 * GET shows what the link turns off and a button: it changes nothing, because mail scanners and
 * link previews open links on their own. POST turns it off: the button, or the mail client's
 * one-click unsubscribe (RFC 8058), which posts from no page at all — with no Origin header and a
 * form body. That is why this path sits outside the CSRF guard (which covers /trpc and /api/auth
 * only): a forged request cannot do harm here, since it needs the link's signature, and all it
 * can do is stop emails the link's owner was sent.
 */
export function registerMailRoutes(app: FastifyInstance, opts: { db: Db; secret: string; baseUrl: string }) {
  return app.register(async (scope) => {
    // Mail clients post "List-Unsubscribe=One-Click" as a form (urlencoded or multipart); the
    // signed query says everything, so the body is read and ignored.
    scope.removeAllContentTypeParsers();
    scope.addContentTypeParser('*', { parseAs: 'buffer', bodyLimit: 4096 }, (_request, _body, done) => done(null, null));

    scope.get(UNSUBSCRIBE_PATH, (request, reply) => answer(request, reply, false));
    scope.post(UNSUBSCRIBE_PATH, (request, reply) => answer(request, reply, true));
  });

  function answer(request: FastifyRequest, reply: FastifyReply, apply: boolean) {
    reply.header('Cache-Control', 'no-store');
    const asked = verifyUnsubscribe(opts.secret, request.query as Record<string, unknown>);
    const person = asked && subscriber(opts.db, asked.userId);
    if (!asked || !person) {
      const w = wordsFor(pickLanguage(request.headers['accept-language'], LANGUAGES));
      return reply.code(400).type('text/html; charset=utf-8').send(page(w, w.t('mail:unsubscribe.invalidTitle'), [w.t('mail:unsubscribe.invalid')], opts.baseUrl));
    }
    const w = wordsFor(person.language ?? pickLanguage(request.headers['accept-language'], LANGUAGES));
    if (apply) {
      unsubscribe(opts.db, asked);
      return reply.type('text/html; charset=utf-8').send(page(w, w.t('mail:unsubscribe.title'), done(w, asked.topic), opts.baseUrl));
    }
    const form = `<form method="post" action="${escapeHtml(request.url)}"><button type="submit" style="${BUTTON}">${escapeHtml(w.t('mail:unsubscribe.button'))}</button></form>`;
    return reply.type('text/html; charset=utf-8').send(page(w, w.t('mail:unsubscribe.confirmTitle'), [confirm(w, asked.topic, person)], opts.baseUrl, form));
  }
}

const about = (w: Words, topic: UnsubscribeTopic) => w.t(`mail:about.${topic}`);

function done(w: Words, topic: UnsubscribeTopic): string[] {
  if (topic === 'digest') return [w.t('mail:unsubscribe.doneDigest')];
  return [w.t('mail:unsubscribe.done', { about: about(w, topic) }), w.t('mail:unsubscribe.stillBell')];
}

function confirm(w: Words, topic: UnsubscribeTopic, person: Subscriber): string {
  return topic === 'digest' ? w.t('mail:unsubscribe.confirmDigest', { email: person.email }) : w.t('mail:unsubscribe.confirm', { about: about(w, topic), email: person.email });
}

const TEXT = 'font-family:Arial,Helvetica,sans-serif;font-size:17px;line-height:1.5;color:#1a1a1a';
const BUTTON = 'font:inherit;font-weight:bold;background:#1d4ed8;color:#ffffff;border:none;border-radius:6px;padding:12px 20px;cursor:pointer';

/** A small page of its own: it must work for someone who is not signed in, without the app. */
function page(w: Words, title: string, lines: string[], baseUrl: string, extra = ''): string {
  return [
    '<!doctype html>',
    `<html lang="${escapeHtml(w.lang)}">`,
    '<head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">',
    `<title>${escapeHtml(title)} · Needle</title></head>`,
    `<body style="margin:0;background:#ffffff;${TEXT}">`,
    '<main style="max-width:560px;margin:0 auto;padding:32px 16px">',
    `<h1 style="font-size:24px;margin:0 0 16px">${escapeHtml(title)}</h1>`,
    ...lines.map((line) => `<p style="margin:0 0 16px">${escapeHtml(line)}</p>`),
    extra,
    `<p style="margin:24px 0 0"><a href="${escapeHtml(baseUrl)}/" style="color:#1d4ed8">${escapeHtml(w.t('mail:unsubscribe.open'))}</a></p>`,
    '</main></body></html>',
  ].join('\n');
}
