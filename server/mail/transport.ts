import nodemailer from 'nodemailer';
import type { MailConfig } from '../config.ts';
import type { ComposedMail } from './compose.ts';

export type OutgoingMail = ComposedMail & { to: string };

/** What the worker hands a written email to. It resolves once the SMTP server accepted it. */
export type MailTransport = { send(mail: OutgoingMail): Promise<void>; close(): void };

/**
 * Nodemailer over SMTP from NEEDLE_SMTP_URL (smtps:// for TLS from the start; smtp:// upgrades with
 * STARTTLS when the server offers it). Short timeouts: a stuck server should fail a try and let
 * the worker back off, not hold the worker for the library's default ten minutes.
 */
export function smtpTransport(mail: MailConfig): MailTransport {
  const transporter = nodemailer.createTransport({ url: mail.smtpUrl, connectionTimeout: 30_000, greetingTimeout: 30_000, socketTimeout: 60_000 });
  return {
    async send(message) {
      await transporter.sendMail({
        from: mail.from,
        to: message.to,
        subject: message.subject,
        text: message.text,
        html: message.html,
        headers: message.headers,
      });
    },
    close: () => transporter.close(),
  };
}
