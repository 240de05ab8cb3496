// Where a notification leads. The server writes these paths when it notifies, and cannot import the
// client's paths object (it pulls in the router), so the same addresses are spelled here;
// tests/unit/notification-links.test.ts keeps them equal to client/app/paths.ts.

const n = (slug: string) => `/n/${encodeURIComponent(slug)}`;

export const notificationLinks = {
  network: (slug: string) => n(slug),
  people: (slug: string) => `${n(slug)}/people`,
  charter: (slug: string) => `${n(slug)}/charter`,
  planReview: (slug: string) => `${n(slug)}/plan/review`,
  action: (slug: string, actionId: number) => `${n(slug)}/plan/actions/${actionId}`,
  cycle: (slug: string, cycleId: number) => `${n(slug)}/cycles/${cycleId}`,
  report: (slug: string, reportId: number) => `${n(slug)}/reports/${reportId}`,
} as const;
