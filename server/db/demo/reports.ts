import type { SessionUser } from '../../context.ts';
import { draftDocument, createReport, publishReport, reportIn, saveReport } from '../../services/reports.ts';
import { setPublicPage } from '../../services/public-page.ts';
import type { Db } from '../client.ts';
import { accessFor } from './access.ts';

// Kindergarten Readiness reports to its board three times a year: two reports are published
// (the summer one with a correction), the fall one is still a draft. The network's community
// impact page is on, so the published reports appear there too.

const TIME_ZONE = 'America/Chicago';
const DAY = 86_400_000;
/** The demo network works in English: its reports are assembled and published in it. */

type Plan = {
  title: string;
  from: string;
  to: string;
  highlights: string;
  challenges: string;
  asks: string;
  feature: number;
  hidden?: ('meetings' | 'charter')[];
};

const REPORTS: Plan[] = [
  {
    title: 'Winter–spring 2026 board update',
    from: '2026-01-01',
    to: '2026-04-30',
    highlights: `Readiness nights moved from one library branch to three, and families asked for more.

- Kindergarten registration opened with a readiness checklist in English, Spanish and Vietnamese.
- The clinic started handing out the checklist at four-year well-child visits.`,
    challenges: `Attendance at the second readiness night fell when it moved to a weeknight. Two partners could not share enrollment data until the data agreement was signed.`,
    asks: `- School principals: host one readiness night each before June.
- Partners: sign the data sharing agreement so the fall numbers include every school.`,
    feature: 2,
  },
  {
    title: 'Summer 2026 board update',
    from: '2026-05-01',
    to: '2026-08-31',
    highlights: `The share of children assessed as ready has been above its old median every month since December. The run chart does not call it a signal yet: one or two more months above the line would.

Kindergarten Jumpstart ran for two weeks in July at Lincoln and Maple Grove: 42 of the 81 children registered came on 8 or more days.`,
    challenges: `The district bus ran in the first week only. The children who needed a ride came least, and they are the ones we most wanted to reach.`,
    asks: `- Eastside Unified: a bus for both weeks of Jumpstart 2027, with a stop at the Riverside apartments.
- Churches and libraries: share the Jumpstart sign-up with families you see.`,
    feature: 3,
    hidden: ['charter'],
  },
  {
    title: 'Fall 2026 board update',
    from: '2026-09-01',
    to: '2026-11-30',
    highlights: `Fall assessment results are in for four of five schools.`,
    challenges: '',
    asks: '',
    feature: 1,
  },
];

export function loadDemoReports(db: Db, networkId: number, people: { lead: SessionUser; facilitator: SessionUser }) {
  const lead = accessFor(db, people.lead, networkId);
  const facilitator = accessFor(db, people.facilitator, networkId);
  const ids: number[] = [];
  for (const plan of REPORTS) {
    const { id } = createReport(db, people.facilitator, facilitator, { title: plan.title, from: plan.from, to: plan.to, timeZone: TIME_ZONE });
    const learnings = draftDocument(db, reportIn(db, networkId, id), 'en').content.cycles.learnings;
    saveReport(db, people.facilitator, facilitator, {
      reportId: id,
      version: 1,
      title: plan.title,
      from: plan.from,
      to: plan.to,
      timeZone: TIME_ZONE,
      narrative: { highlights: plan.highlights, challenges: plan.challenges, asks: plan.asks },
      featuredCycleIds: learnings.slice(0, plan.feature).map((c) => c.id),
      hidden: plan.hidden ?? [],
    });
    ids.push(id);
  }
  // Published a week after each period ended, as a facilitator would before the board meets.
  const publishedAt = (to: string) => Date.parse(`${to}T15:00:00Z`) + 7 * DAY;
  publishReport(db, people.lead, lead, { reportId: ids[0]!, version: 2, note: '', language: 'en' }, publishedAt(REPORTS[0]!.to));
  publishReport(db, people.facilitator, facilitator, { reportId: ids[1]!, version: 2, note: '', language: 'en' }, publishedAt(REPORTS[1]!.to));

  // A correction: the summer report first said 42 children came, before the district's final count.
  const summer = reportIn(db, networkId, ids[1]!);
  saveReport(db, people.facilitator, facilitator, {
    reportId: summer.id,
    version: summer.version,
    title: summer.title,
    from: summer.periodFrom,
    to: summer.periodTo,
    timeZone: summer.timeZone,
    narrative: { ...summer.narrative, highlights: summer.narrative.highlights.replace('42 of the 81', '52 of the 81') },
    featuredCycleIds: summer.featuredCycleIds,
    hidden: summer.hidden,
  });
  publishReport(
    db,
    people.facilitator,
    facilitator,
    { reportId: summer.id, version: summer.version + 1, note: 'Corrected the number of children who came to Jumpstart on 8 or more days (52, not 42).', language: 'en' },
    publishedAt(REPORTS[1]!.to) + 3 * DAY,
  );
  setPublicPage(db, people.lead, lead, { enabled: true });
}
