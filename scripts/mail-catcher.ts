// `node scripts/mail-catcher.ts`: a mail server for development and the browser tests that keeps
// every email it receives and shows them as JSON, instead of delivering them.
//   MAIL_CATCHER_SMTP_PORT (default 1025): point NEEDLE_SMTP_URL at smtp://127.0.0.1:<port>
//   MAIL_CATCHER_HTTP_PORT (default 1080): GET /messages lists them, DELETE /messages clears them
// Both listen on 127.0.0.1 only. It stops on SIGTERM or Ctrl+C.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

export type CaughtMail = { to: string[]; from: string; subject: string; text: string; html: string; headers: Record<string, string> };

export type MailCatcher = { smtpPort: number; httpPort: number; messages: CaughtMail[]; close(): Promise<void> };

export async function startMailCatcher(ports: { smtp: number; http: number }): Promise<MailCatcher> {
  const messages: CaughtMail[] = [];
  const smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, session, callback) {
      simpleParser(stream)
        .then((mail) => {
          messages.push({
            to: session.envelope.rcptTo.map((r) => r.address),
            from: mail.from?.text ?? '',
            subject: mail.subject ?? '',
            text: mail.text ?? '',
            html: typeof mail.html === 'string' ? mail.html : '',
            // As sent, by lower-case name: what a test checks (List-Unsubscribe …).
            headers: Object.fromEntries(mail.headerLines.map((h) => [h.key, h.line.slice(h.line.indexOf(':') + 1).replace(/\r?\n\s+/g, ' ').trim()])),
          });
          callback();
        })
        .catch(callback);
    },
  });
  const http: Server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://catcher').pathname;
    if (path === '/messages' && request.method === 'GET') {
      response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(messages));
    } else if (path === '/messages' && request.method === 'DELETE') {
      messages.length = 0;
      response.writeHead(204).end();
    } else if (path === '/healthz') {
      response.writeHead(200, { 'content-type': 'application/json' }).end('{"ok":true}');
    } else {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('GET or DELETE /messages');
    }
  });
  await new Promise<void>((resolve) => smtp.listen(ports.smtp, '127.0.0.1', resolve));
  await new Promise<void>((resolve) => http.listen(ports.http, '127.0.0.1', resolve));
  return {
    smtpPort: (smtp.server.address() as AddressInfo).port,
    httpPort: (http.address() as AddressInfo).port,
    messages,
    close: async () => {
      await new Promise<void>((resolve) => smtp.close(() => resolve()));
      await new Promise<void>((resolve) => http.close(() => resolve()));
    },
  };
}

const port = (value: string | undefined, fallback: number) => (value ? Number(value) : fallback);

if (import.meta.url === `file://${process.argv[1]}`) {
  const catcher = await startMailCatcher({ smtp: port(process.env.MAIL_CATCHER_SMTP_PORT, 1025), http: port(process.env.MAIL_CATCHER_HTTP_PORT, 1080) });
  console.log(`Mail catcher: SMTP on 127.0.0.1:${catcher.smtpPort}, messages at http://127.0.0.1:${catcher.httpPort}/messages`);
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      void catcher.close().then(() => process.exit(0));
    });
  }
}
