import type { AddressInfo } from 'node:net';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';

export type Received = { to: string; subject: string; text: string; html: string; /** Header lines as sent, by lower-case name (unfolded). */
  headers: Record<string, string>; from: string };

/**
 * How the test SMTP server answers: accept, refuse every recipient (550), put the message off
 * (451), or take the whole message and never answer (a sender killed while waiting for the reply).
 */
export type SmtpMode = 'accept' | 'reject' | 'tempfail' | 'hold';

export type TestSmtp = {
  port: number;
  url: string;
  /** Messages accepted (answered 250). */
  received: Received[];
  /** Messages read in full but never answered ('hold'). */
  held: Received[];
  mode: SmtpMode;
  close(): Promise<void>;
};

const text = (mail: ParsedMail) => ({ text: mail.text ?? '', html: typeof mail.html === 'string' ? mail.html : '' });

/** A real SMTP server on a random 127.0.0.1 port; every message it accepts is parsed into `received`. */
export async function startSmtp(): Promise<TestSmtp> {
  const state: TestSmtp = { port: 0, url: '', received: [], held: [], mode: 'accept', close: async () => {} };
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onRcptTo(address, _session, callback) {
      if (state.mode === 'reject') {
        const err = Object.assign(new Error(`Mailbox ${address.address} is unavailable`), { responseCode: 550 });
        return callback(err);
      }
      callback();
    },
    onData(stream, session, callback) {
      if (state.mode === 'tempfail') {
        stream.resume();
        stream.on('end', () => callback(Object.assign(new Error('Too busy, try again later'), { responseCode: 451 })));
        return;
      }
      const hold = state.mode === 'hold';
      simpleParser(stream)
        .then((mail) => {
          (hold ? state.held : state.received).push({
            to: session.envelope.rcptTo.map((r) => r.address).join(','),
            from: mail.from?.text ?? '',
            subject: mail.subject ?? '',
            ...text(mail),
            headers: Object.fromEntries(mail.headerLines.map((h) => [h.key, h.line.slice(h.line.indexOf(':') + 1).replace(/\r?\n\s+/g, ' ').trim()])),
          });
          if (!hold) callback();
        })
        .catch(callback);
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  state.port = (server.server.address() as AddressInfo).port;
  state.url = `smtp://127.0.0.1:${state.port}`;
  state.close = () => new Promise<void>((resolve) => server.close(() => resolve()));
  return state;
}
