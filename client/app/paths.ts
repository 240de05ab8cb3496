import { generatePath, type PathParam } from 'react-router';

// Every screen's address, once: the router reads `pattern`, links and redirects call `href`.
// Features import this file by name (lint allows it); a moved screen is one edit here.

type Search = Record<string, string | number | boolean | null | undefined>;
type Params<P extends string> = { [K in PathParam<P>]: string | number };
type HrefArgs<P extends string> = [PathParam<P>] extends [never] ? [params?: Record<string, never>, search?: Search] : [params: Params<P>, search?: Search];

/** The query string of `search`, leaving out empty values; '' when nothing is left. */
export function searchString(search: Search | undefined): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(search ?? {})) {
    if (value !== undefined && value !== null && value !== '') query.set(key, String(value));
  }
  const text = query.toString();
  return text ? `?${text}` : '';
}

function route<P extends string>(pattern: P) {
  return {
    pattern,
    href: (...[params, search]: HrefArgs<P>): string => {
      const strings = Object.fromEntries(Object.entries(params ?? {}).map(([k, v]) => [k, String(v)]));
      return generatePath(pattern, strings as never) + searchString(search);
    },
  };
}

export const paths = {
  home: route('/'),
  setup: route('/setup'),
  signIn: route('/sign-in'),
  forgotPassword: route('/forgot-password'),
  resetPassword: route('/reset-password'),
  invite: route('/invite/:token'),
  account: route('/account'),
  notifications: route('/notifications'),
  partnership: route('/partnership'),
  library: route('/library'),
  admin: route('/admin'),
  adminUsers: route('/admin/users'),
  adminActivity: route('/admin/activity'),
  adminMail: route('/admin/mail'),
  adminPartnership: route('/admin/partnership'),

  network: route('/n/:slug'),
  charter: route('/n/:slug/charter'),
  charterEdit: route('/n/:slug/charter/edit'),
  charterHistory: route('/n/:slug/charter/history'),
  charterCompare: route('/n/:slug/charter/compare'),
  charterVersion: route('/n/:slug/charter/versions/:version'),
  plan: route('/n/:slug/plan'),
  planDiagram: route('/n/:slug/plan/diagram'),
  actions: route('/n/:slug/plan/actions'),
  newAction: route('/n/:slug/plan/actions/new'),
  action: route('/n/:slug/plan/actions/:actionId'),
  editAction: route('/n/:slug/plan/actions/:actionId/edit'),
  planReview: route('/n/:slug/plan/review'),
  planSnapshot: route('/n/:slug/plan/snapshots/:snapshotId'),
  cycles: route('/n/:slug/cycles'),
  newCycle: route('/n/:slug/cycles/new'),
  ramps: route('/n/:slug/cycles/ramps'),
  ramp: route('/n/:slug/cycles/ramps/:rampId'),
  cycle: route('/n/:slug/cycles/:cycleId'),
  indicator: route('/n/:slug/indicator'),
  indicatorEdit: route('/n/:slug/indicator/edit'),
  indicatorData: route('/n/:slug/indicator/data'),
  indicatorImport: route('/n/:slug/indicator/import'),
  indicatorEquity: route('/n/:slug/indicator/equity'),
  indicatorMeasures: route('/n/:slug/indicator/measures'),
  newMeasure: route('/n/:slug/indicator/measures/new'),
  measure: route('/n/:slug/indicator/measures/:measureId'),
  measureEdit: route('/n/:slug/indicator/measures/:measureId/edit'),
  measureData: route('/n/:slug/indicator/measures/:measureId/data'),
  measureImport: route('/n/:slug/indicator/measures/:measureId/import'),
  measureEquity: route('/n/:slug/indicator/measures/:measureId/equity'),
  people: route('/n/:slug/people'),
  invitations: route('/n/:slug/invitations'),
  organizations: route('/n/:slug/organizations'),
  settings: route('/n/:slug/settings'),
  activity: route('/n/:slug/activity'),
  quickLog: route('/n/:slug/log'),
  meetings: route('/n/:slug/meetings'),
  newMeeting: route('/n/:slug/meetings/new'),
  meeting: route('/n/:slug/meetings/:meetingId'),
  editMeeting: route('/n/:slug/meetings/:meetingId/edit'),
  meetingLive: route('/n/:slug/meetings/:meetingId/live'),
  reports: route('/n/:slug/reports'),
  report: route('/n/:slug/reports/:reportId'),
  editReport: route('/n/:slug/reports/:reportId/edit'),

  reportCard: route('/impact'),
  impact: route('/impact/:slug'),
  impactReport: route('/impact/:slug/reports/:reportId'),
} as const;

/** A measure's page; the outcome's is the indicator's own. */
export const measureHref = (slug: string, m: { id: number; kind: string }) => (m.kind === 'outcome' ? paths.indicator.href({ slug }) : paths.measure.href({ slug, measureId: m.id }));
