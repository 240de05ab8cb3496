import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../server/config.ts';

describe('loadConfig', () => {
  it('has defaults that run on a laptop with no configuration', () => {
    expect(loadConfig({})).toEqual({
      port: 3000,
      host: 'localhost',
      dbPath: resolve('data/needle.db'),
      baseUrl: 'http://localhost:3000',
      trustedOrigins: ['http://localhost:3000', 'http://127.0.0.1:3000'],
      trustProxy: false,
      adminEmail: undefined,
      adminPassword: undefined,
      authSecret: undefined,
      clientDir: resolve('dist/client'),
      writeLimit: { burst: 20, perSecond: 5 },
      mail: null,
      embedOrigins: [],
    });
  });

  it('reads the sites that may frame the public pages, and refuses what is not an origin', () => {
    expect(loadConfig({ NEEDLE_EMBED_ORIGINS: 'https://www.example.org/, http://127.0.0.1:3445,https://www.example.org' }).embedOrigins).toEqual(['https://www.example.org', 'http://127.0.0.1:3445']);
    expect(() => loadConfig({ NEEDLE_EMBED_ORIGINS: 'https://a.org, *' })).toThrow(/NEEDLE_EMBED_ORIGINS must list origins.*"\*" is not one/);
  });

  it('reads email settings: both or neither, an smtp(s) address, and the worker’s poll interval', () => {
    const mail = { NEEDLE_SMTP_URL: 'smtps://u:p@mail.example.org:465', NEEDLE_MAIL_FROM: 'Needle <needle@example.org>' };
    expect(loadConfig(mail).mail).toEqual({ smtpUrl: 'smtps://u:p@mail.example.org:465', from: 'Needle <needle@example.org>', pollMs: 5000 });
    expect(loadConfig({ ...mail, NEEDLE_MAIL_POLL_MS: '200' }).mail?.pollMs).toBe(200);
    expect(() => loadConfig({ ...mail, NEEDLE_MAIL_POLL_MS: 'soon' })).toThrow(/NEEDLE_MAIL_POLL_MS must be/);
    expect(() => loadConfig({ ...mail, NEEDLE_MAIL_POLL_MS: '5' })).toThrow(/NEEDLE_MAIL_POLL_MS must be/);
    expect(() => loadConfig({ NEEDLE_SMTP_URL: mail.NEEDLE_SMTP_URL })).toThrow(/both NEEDLE_SMTP_URL and NEEDLE_MAIL_FROM/);
    expect(() => loadConfig({ ...mail, NEEDLE_SMTP_URL: 'http://u:secret@mail.example.org' })).toThrow(/must start with smtp:\/\/ or smtps:\/\/, got "http:\/\/…@mail/);
  });

  it('reads NEEDLE_WRITE_LIMIT: off for load tests, or another burst and rate', () => {
    expect(loadConfig({ NEEDLE_WRITE_LIMIT: 'off' }).writeLimit).toBeNull();
    expect(loadConfig({ NEEDLE_WRITE_LIMIT: '40,10' }).writeLimit).toEqual({ burst: 40, perSecond: 10 });
    expect(() => loadConfig({ NEEDLE_WRITE_LIMIT: 'fast' })).toThrow(/NEEDLE_WRITE_LIMIT must be/);
  });

  it('reads PORT (or NEEDLE_PORT) and bases the default URL on it', () => {
    expect(loadConfig({ PORT: '8080' })).toMatchObject({ port: 8080, baseUrl: 'http://localhost:8080' });
    expect(loadConfig({ NEEDLE_PORT: '4000' }).port).toBe(4000);
    expect(loadConfig({ PORT: '' }).port).toBe(3000);
  });

  it.each(['abc', '-1', '65536', '80.5', '3000abc'])('refuses PORT=%j with a message naming it', (value) => {
    expect(() => loadConfig({ PORT: value })).toThrow(`PORT must be a port number, got "${value}"`);
  });

  it('trusts the base URL’s origin plus the extra origins, without duplicates or trailing slashes', () => {
    const config = loadConfig({
      NEEDLE_BASE_URL: 'https://needle.example.org/',
      NEEDLE_TRUSTED_ORIGINS: ' https://admin.example.org/ ,https://needle.example.org,, https://other.example.org',
    });
    expect(config.baseUrl).toBe('https://needle.example.org');
    expect(config.trustedOrigins).toEqual(['https://needle.example.org', 'https://admin.example.org', 'https://other.example.org']);
  });

  it('trusts origins, never paths: a base URL under a path still yields bare origins', () => {
    const config = loadConfig({ NEEDLE_BASE_URL: 'http://localhost:3000/needle/' });
    expect(config.baseUrl).toBe('http://localhost:3000/needle');
    expect(config.trustedOrigins).toEqual(['http://localhost:3000', 'http://127.0.0.1:3000']);
  });

  it('adds the 127.0.0.1 alias only for localhost, with or without a port', () => {
    expect(loadConfig({ NEEDLE_BASE_URL: 'http://localhost' }).trustedOrigins).toEqual(['http://localhost', 'http://127.0.0.1']);
    expect(loadConfig({ NEEDLE_BASE_URL: 'https://needle.example.org' }).trustedOrigins).toEqual(['https://needle.example.org']);
  });

  it('reads the proxy switch, admin values and secret; empty values count as unset', () => {
    expect(loadConfig({ NEEDLE_TRUST_PROXY: '1' }).trustProxy).toBe(1);
    const set = loadConfig({ NEEDLE_ADMIN_EMAIL: 'a@example.org', NEEDLE_ADMIN_PASSWORD: 'pw', NEEDLE_AUTH_SECRET: 's3cret', NEEDLE_HOST: '0.0.0.0' });
    expect(set).toMatchObject({ adminEmail: 'a@example.org', adminPassword: 'pw', authSecret: 's3cret', host: '0.0.0.0' });
    expect(loadConfig({ NEEDLE_ADMIN_EMAIL: '', NEEDLE_ADMIN_PASSWORD: '', NEEDLE_AUTH_SECRET: '' })).toMatchObject({
      adminEmail: undefined,
      adminPassword: undefined,
      authSecret: undefined,
    });
  });

  it('reads NEEDLE_TRUST_PROXY as a number of proxy hops: 1 or true is one proxy, off by default', () => {
    expect(loadConfig({}).trustProxy).toBe(false);
    for (const off of ['', '0', 'false', 'no', 'off']) expect(loadConfig({ NEEDLE_TRUST_PROXY: off }).trustProxy, off).toBe(false);
    for (const one of ['1', 'true', 'TRUE', 'yes', ' 1 ']) expect(loadConfig({ NEEDLE_TRUST_PROXY: one }).trustProxy, one).toBe(1);
    expect(loadConfig({ NEEDLE_TRUST_PROXY: '2' }).trustProxy).toBe(2);
    expect(loadConfig({ NEEDLE_TRUST_PROXY: '3' }).trustProxy).toBe(3);
  });

  it.each(['maybe', '-1', '1.5', '1e3', '100'])('refuses NEEDLE_TRUST_PROXY=%j with a message naming it', (value) => {
    expect(() => loadConfig({ NEEDLE_TRUST_PROXY: value })).toThrow(`NEEDLE_TRUST_PROXY must be`);
  });

  it('resolves the database and client paths', () => {
    const config = loadConfig({ NEEDLE_DB_PATH: 'var/db.sqlite', NEEDLE_CLIENT_DIR: 'build/web' });
    expect(config.dbPath).toBe(resolve('var/db.sqlite'));
    expect(config.clientDir).toBe(resolve('build/web'));
  });
});
