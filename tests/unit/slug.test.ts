import { describe, expect, it } from 'vitest';
import { slugify, uniqueSlug } from '../../shared/domain/slug.ts';

describe('slugify', () => {
  it.each([
    ['Kindergarten Readiness!', 'kindergarten-readiness'],
    ['  Opportunity   Youth Re-Engagement  ', 'opportunity-youth-re-engagement'],
    ['Éducation précoce à Montréal', 'education-precoce-a-montreal'],
    ['8th Grade Math — Proficiency', '8th-grade-math-proficiency'],
    ['---', 'network'],
    ['!!!', 'network'],
    ['日本語', 'network'],
  ])('%j → %j', (name, slug) => {
    expect(slugify(name)).toBe(slug);
  });

  it('keeps slugs to 60 characters without a trailing hyphen', () => {
    const slug = slugify(`${'a'.repeat(59)} bcd`);
    expect(slug).toBe('a'.repeat(59));
    expect(slugify('word '.repeat(40)).length).toBeLessThanOrEqual(60);
    expect(slugify('word '.repeat(40))).not.toMatch(/-$/);
  });

  it('only ever produces lowercase letters, digits and single inner hyphens', () => {
    for (const name of ['A & B', 'x__y', 'Ça va?', 'UPPER lower 123', '  -a-  ']) {
      expect(slugify(name)).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    }
  });
});

describe('uniqueSlug', () => {
  it('returns the base when free, else the first free numbered one', () => {
    expect(uniqueSlug('reading', new Set())).toBe('reading');
    expect(uniqueSlug('reading', new Set(['reading']))).toBe('reading-2');
    expect(uniqueSlug('reading', new Set(['reading', 'reading-2', 'reading-4']))).toBe('reading-3');
    expect(uniqueSlug('reading', new Set(['reading-2']))).toBe('reading');
  });
});
