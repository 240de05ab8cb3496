import { describe, expect, it } from 'vitest';
import { timeAgo } from '../../shared/format/time-ago.ts';

const NOW = Date.UTC(2026, 11, 6, 17, 0, 0);
const ago = (seconds: number) => NOW - seconds * 1000;

describe('timeAgo', () => {
  it('says how long ago in the largest unit that fits, in the reader’s language', () => {
    expect(timeAgo('en-US', ago(20), NOW)).toBe('now');
    expect(timeAgo('en-US', ago(5 * 60), NOW)).toBe('5 minutes ago');
    expect(timeAgo('en-US', ago(2 * 3600 + 100), NOW)).toBe('2 hours ago');
    expect(timeAgo('en-US', ago(26 * 3600), NOW)).toBe('yesterday');
    expect(timeAgo('en-US', ago(3 * 86400), NOW)).toBe('3 days ago');
    expect(timeAgo('en-US', ago(15 * 86400), NOW)).toBe('2 weeks ago');
    expect(timeAgo('en-US', ago(400 * 86400), NOW)).toBe('last year');
    expect(timeAgo('es-US', ago(2 * 3600), NOW)).toBe('hace 2 horas');
  });

  it('reads a time a little in the future (a clock ahead) as now', () => {
    expect(timeAgo('en-US', NOW + 30_000, NOW)).toBe('now');
  });
});
