import { describe, expect, it } from 'vitest';
import { paths } from '../../client/app/paths.ts';
import { notificationLinks as links } from '../../shared/domain/notification-links.ts';

// The server writes notification links without the client's paths object: they must stay equal.
describe('notification links', () => {
  it('are the addresses of the screens in client/app/paths.ts', () => {
    const slug = 'kindergarten-readiness';
    expect(links.network(slug)).toBe(paths.network.href({ slug }));
    expect(links.people(slug)).toBe(paths.people.href({ slug }));
    expect(links.charter(slug)).toBe(paths.charter.href({ slug }));
    expect(links.planReview(slug)).toBe(paths.planReview.href({ slug }));
    expect(links.action(slug, 7)).toBe(paths.action.href({ slug, actionId: 7 }));
    expect(links.cycle(slug, 8)).toBe(paths.cycle.href({ slug, cycleId: 8 }));
    expect(links.report(slug, 9)).toBe(paths.report.href({ slug, reportId: 9 }));
  });
});
