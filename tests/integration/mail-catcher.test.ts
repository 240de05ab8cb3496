import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { smtpTransport } from '../../server/mail/transport.ts';
import { startMailCatcher, type MailCatcher } from '../../scripts/mail-catcher.ts';

let catcher: MailCatcher;
beforeEach(async () => {
  catcher = await startMailCatcher({ smtp: 0, http: 0 });
});
afterEach(() => catcher.close());

describe('the local mail catcher', () => {
  it('keeps what it receives, lists it as JSON and forgets it on DELETE', async () => {
    const transport = smtpTransport({ smtpUrl: `smtp://127.0.0.1:${catcher.smtpPort}`, from: 'Needle <needle@example.org>', pollMs: 100 });
    await transport.send({ to: 'rosa@example.org', subject: 'Hola', text: 'Texto', html: '<p>Texto</p>', headers: { 'List-Unsubscribe': '<https://x/u>' } });
    transport.close();
    const base = `http://127.0.0.1:${catcher.httpPort}/messages`;
    const listed = (await (await fetch(base)).json()) as { to: string[]; subject: string; text: string; html: string; headers: Record<string, string> }[];
    expect(listed).toHaveLength(1);
    expect(listed[0]).toMatchObject({ to: ['rosa@example.org'], subject: 'Hola', text: 'Texto', html: '<p>Texto</p>' });
    expect(listed[0]!.headers['list-unsubscribe']).toBe('<https://x/u>');
    expect((await fetch(base, { method: 'DELETE' })).status).toBe(204);
    expect(await (await fetch(base)).json()).toEqual([]);
  });
});
