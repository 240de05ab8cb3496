import { matchPath } from 'react-router';
import { describe, expect, it } from 'vitest';
import { paths, searchString } from '../../client/app/paths.ts';

describe('paths', () => {
  it('builds each address from its parameters', () => {
    expect(paths.home.href()).toBe('/');
    expect(paths.network.href({ slug: 'reading' })).toBe('/n/reading');
    expect(paths.cycle.href({ slug: 'reading', cycleId: 12 })).toBe('/n/reading/cycles/12');
    expect(paths.editReport.href({ slug: 'reading', reportId: 3 })).toBe('/n/reading/reports/3/edit');
    expect(paths.impactReport.href({ slug: 'reading', reportId: 3 })).toBe('/impact/reading/reports/3');
  });

  it('adds a query string, leaving out empty values', () => {
    expect(paths.cycles.href({ slug: 'r' }, { changeIdeaId: 4 })).toBe('/n/r/cycles?changeIdeaId=4');
    expect(paths.quickLog.href({ slug: 'r' }, { meetingId: undefined })).toBe('/n/r/log');
    expect(paths.report.href({ slug: 'r', reportId: 1 }, { version: 2 })).toBe('/n/r/reports/1?version=2');
    expect(paths.signIn.href({}, { next: '/invite/a b' })).toBe('/sign-in?next=%2Finvite%2Fa+b');
    expect(searchString({ a: '', b: null, c: false })).toBe('?c=false');
  });

  it('gives every screen its own pattern, and each link leads back to its own screen', () => {
    const routes = Object.entries(paths);
    expect(new Set(routes.map(([, r]) => r.pattern)).size).toBe(routes.length);
    for (const [name, r] of routes) {
      const params = Object.fromEntries([...r.pattern.matchAll(/:(\w+)/g)].map(([, key]) => [key, `x${key}`]));
      const href = (r.href as (p: Record<string, string>) => string)(params);
      const best = routes.filter(([, other]) => matchPath({ path: other.pattern, end: true }, href)).map(([n]) => n);
      // "/n/x/cycles/new" also fits "/n/:slug/cycles/:cycleId"; the router ranks the literal first.
      expect(best, `${name} → ${href}`).toContain(name);
      expect(matchPath({ path: r.pattern, end: true }, href)?.params).toEqual(params);
    }
  });
});
