import { describe, expect, it } from 'vitest';
import { checkEmbedOrigins, MAX_EMBED_ORIGINS, normalizeOrigin } from '../../shared/domain/embed-origins.ts';
import { imageTypeOf } from '../../shared/domain/image-type.ts';

describe('normalizeOrigin', () => {
  it.each([
    ['https://example.org', 'https://example.org'],
    ['  https://Example.ORG/  ', 'https://example.org'],
    ['https://example.org:443', 'https://example.org'],
    ['https://www.example.org:8443', 'https://www.example.org:8443'],
    ['http://localhost:5173', 'http://localhost:5173'],
    ['http://127.0.0.1', 'http://127.0.0.1'],
    ['https://bücher.example', 'https://xn--bcher-kva.example'],
  ])('%s is the origin %s', (text, origin) => {
    expect(normalizeOrigin(text)).toBe(origin);
  });

  it.each([
    '',
    'example.org',
    'http://example.org',
    'https://example.org/page',
    'https://example.org//',
    'https://example.org?x=1',
    'https://example.org?',
    'https://example.org/#top',
    'https://user:pw@example.org',
    'https://*.example.org',
    "https://a;b.org",
    "https://a'b.org",
    'https://a,b.org',
    'ftp://example.org',
    'javascript:alert(1)',
    `https://${'a'.repeat(300)}.org`,
  ])('%s is refused', (text) => {
    expect(normalizeOrigin(text)).toBeNull();
  });
});

describe('checkEmbedOrigins', () => {
  it('skips blank lines and keeps each origin once, in order', () => {
    expect(checkEmbedOrigins(['https://b.org', '', 'https://a.org', 'https://B.org/'])).toEqual({ ok: true, origins: ['https://b.org', 'https://a.org'] });
  });

  it('names the first line that is not an origin', () => {
    expect(checkEmbedOrigins(['https://a.org', ' https://a.org/report '])).toEqual({ ok: false, problem: 'notAnOrigin', text: 'https://a.org/report' });
  });

  it('counts distinct origins against the limit', () => {
    const many = Array.from({ length: MAX_EMBED_ORIGINS }, (_, i) => `https://site${i}.example`);
    expect(checkEmbedOrigins([...many, many[0]!]).ok).toBe(true);
    expect(checkEmbedOrigins([...many, 'https://one-more.example'])).toEqual({ ok: false, problem: 'tooMany', count: MAX_EMBED_ORIGINS + 1 });
  });
});

describe('imageTypeOf', () => {
  const bytes = (...b: number[]) => new Uint8Array([...b, 0, 0, 0, 0]);
  it('knows PNG, JPEG and WebP by their first bytes', () => {
    expect(imageTypeOf(bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a))).toBe('image/png');
    expect(imageTypeOf(bytes(0xff, 0xd8, 0xff, 0xe0))).toBe('image/jpeg');
    expect(imageTypeOf(bytes(0x52, 0x49, 0x46, 0x46, 1, 2, 3, 4, 0x57, 0x45, 0x42, 0x50))).toBe('image/webp');
  });

  it('refuses anything else, whatever it is called', () => {
    expect(imageTypeOf(new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg"/>'))).toBeNull();
    expect(imageTypeOf(bytes(0x47, 0x49, 0x46, 0x38, 0x39, 0x61))).toBeNull(); // GIF
    expect(imageTypeOf(bytes(0x52, 0x49, 0x46, 0x46, 1, 2, 3, 4, 0x57, 0x41, 0x56, 0x45))).toBeNull(); // WAV
    expect(imageTypeOf(new Uint8Array([0x89, 0x50]))).toBeNull();
    expect(imageTypeOf(new Uint8Array())).toBeNull();
  });
});
