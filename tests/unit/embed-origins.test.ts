import { describe, expect, it } from 'vitest';
import { normalizeOrigin, embedOrigins } from '../../shared/domain/embed-origins.ts';

describe('embed origins, as the frame-ancestors header lists them', () => {
  it('accepts a scheme, host and optional port, in canonical form', () => {
    expect(normalizeOrigin('https://www.eastside-promise.org')).toBe('https://www.eastside-promise.org');
    expect(normalizeOrigin(' HTTP://127.0.0.1:3445/ ')).toBe('http://127.0.0.1:3445');
    expect(normalizeOrigin('http://localhost:8080')).toBe('http://localhost:8080');
  });

  it('refuses what would widen the policy or break the header', () => {
    for (const bad of ['*', 'https://*.example.org', 'https://example.org/reports', "'self'", 'example.org', 'https://a.org https://b.org', 'https://a.org;script-src *', 'ftp://a.org', 'https://a.org:99999', 'https://a.org\r\nX: y', '']) {
      expect(normalizeOrigin(bad), bad).toBeNull();
    }
  });

  it('merges lists, once each, leaving out the bad entries', () => {
    expect(embedOrigins(['https://a.org', 'nope'], ['https://A.org/', 'https://b.org'])).toEqual(['https://a.org', 'https://b.org']);
  });
});
