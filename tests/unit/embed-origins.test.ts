import { describe, expect, it } from 'vitest';
import { embedOrigin, embedOrigins } from '../../shared/domain/embed-origins.ts';

describe('embed origins', () => {
  it('accepts a scheme, host and optional port, in canonical form', () => {
    expect(embedOrigin('https://www.eastside-promise.org')).toBe('https://www.eastside-promise.org');
    expect(embedOrigin(' HTTP://127.0.0.1:3445/ ')).toBe('http://127.0.0.1:3445');
    expect(embedOrigin('http://localhost:8080')).toBe('http://localhost:8080');
  });

  it('refuses what would widen the policy or break the header', () => {
    for (const bad of ['*', 'https://*.example.org', 'https://example.org/reports', "'self'", 'example.org', 'https://a.org https://b.org', 'https://a.org;script-src *', 'ftp://a.org', 'https://a.org:99999', 'https://a.org\r\nX: y', '']) {
      expect(embedOrigin(bad), bad).toBeNull();
    }
  });

  it('merges lists, once each, leaving out the bad entries', () => {
    expect(embedOrigins(['https://a.org', 'nope'], ['https://A.org/', 'https://b.org'])).toEqual(['https://a.org', 'https://b.org']);
  });
});
