import { and, asc, desc, eq, gte, isNotNull, isNull, lt, sql } from 'drizzle-orm';
import { addDays, LEARNINGS_DAYS, NEEDS_YOU_FIRST, needsYouPage, type NeedsYouItem } from '../../shared/domain/needs-you.ts';
import { localToday } from '../../shared/domain/plan.ts';
import type { SessionUser } from '../context.ts';
import type { Db } from '../db/client.ts';
import { indicator, measurement, meeting, membership, network, partnerOrganization, pdsaCycle } from '../db/schema.ts';
import { can } from '../../shared/domain/permissions.ts';
import { AppError } from '../errors.ts';
import { networkAccess, type NetworkAccess } from '../trpc.ts';
import { getNetworkBySlug } from './networks.ts';
import { needsYouIn } from './needs-you-facts.ts';

const LEARNINGS_SHOWN = 5;
const EXCERPT_CHARS = 240;

/**
 * Everything the network's home shows, in one call: what needs the person, the indicator's series
 * (the page words its verdict exactly as the indicator page does, from the same rows), the meetings
 * the quick-log card points at, what the network learned lately, and the partner organization the
 * person represents here (null for someone who is not a member, undefined organization for none yet).
 */
export function networkHome(db: Db, actor: SessionUser, access: NetworkAccess, now = new Date()) {
  const { networkId } = access;
  const today = localToday(now);
  const needsYou = needsYouPage(needsYouList(db, actor, access, now), 0, NEEDS_YOU_FIRST);

  const ind =
    db
      .select({
        id: indicator.id,
        name: indicator.name,
        isProportion: indicator.isProportion,
        unit: indicator.unit,
        ratePer: indicator.ratePer,
        frequency: indicator.frequency,
        polarity: indicator.polarity,
        baselinePeriod: indicator.baselinePeriod,
        baselineValue: indicator.baselineValue,
        targetValue: indicator.targetValue,
        targetDate: indicator.targetDate,
        minGroupSize: indicator.minGroupSize,
        chartType: indicator.chartType,
        ruleSet: indicator.ruleSet,
        baselineThrough: indicator.baselineThrough,
        phases: indicator.phases,
      })
      .from(indicator)
      .where(and(eq(indicator.networkId, networkId), eq(indicator.kind, 'outcome')))
      .get() ?? null;
  // The whole population's rows only: groups (and what is withheld of them) are the equity page's.
  const series = ind
    ? db
        .select({ period: measurement.period, value: measurement.value, numerator: measurement.numerator, denominator: measurement.denominator })
        .from(measurement)
        .where(and(eq(measurement.indicatorId, ind.id), isNull(measurement.groupId)))
        .orderBy(asc(measurement.period))
        .all()
    : [];

  // The quick-log card picks today's meeting, else the next, else the latest, in the device's own
  // day: a day either side of the server's covers any time zone.
  const columns = { id: meeting.id, title: meeting.title, date: meeting.date };
  const upcoming = db.select(columns).from(meeting).where(and(eq(meeting.networkId, networkId), gte(meeting.date, addDays(today, -1)))).orderBy(asc(meeting.date), asc(meeting.id)).limit(4).all();
  const past = db.select(columns).from(meeting).where(and(eq(meeting.networkId, networkId), lt(meeting.date, addDays(today, 2)))).orderBy(desc(meeting.date), desc(meeting.id)).limit(3).all();
  const meetings = [...new Map([...upcoming, ...past].map((m) => [m.id, m])).values()];

  // A cycle carries no date of its decision; its last change is when the decision was written or after.
  const learnings = db
    .select({
      id: pdsaCycle.id,
      title: pdsaCycle.title,
      decision: pdsaCycle.decision,
      learning: sql<string>`substr(${pdsaCycle.learning}, 1, ${EXCERPT_CHARS})`,
      learningLength: sql<number>`length(${pdsaCycle.learning})`,
      changedAt: pdsaCycle.updatedAt,
    })
    .from(pdsaCycle)
    .where(and(eq(pdsaCycle.networkId, networkId), isNotNull(pdsaCycle.decision), gte(pdsaCycle.updatedAt, new Date(now.getTime() - LEARNINGS_DAYS * 86_400_000))))
    .orderBy(desc(pdsaCycle.updatedAt), desc(pdsaCycle.id))
    .limit(LEARNINGS_SHOWN)
    .all()
    .map(({ learningLength, ...c }) => ({ ...c, decision: c.decision!, learning: excerpt(c.learning, learningLength > EXCERPT_CHARS) }));

  const myOrganization =
    access.role === null
      ? null
      : {
          organization:
            db
              .select({ id: partnerOrganization.id, name: partnerOrganization.name, sector: partnerOrganization.sector })
              .from(membership)
              .innerJoin(partnerOrganization, eq(partnerOrganization.id, membership.partnerOrganizationId))
              .where(and(eq(membership.networkId, networkId), eq(membership.userId, actor.id)))
              .get() ?? null,
        };

  return {
    needsYou,
    indicator: ind && { ...withoutId(ind), series: series.map((m) => ({ ...m, groupId: null, note: '' })) },
    meetings,
    learnings,
    myOrganization,
  };
}

/** What needs the person in one network, most urgent first: the whole list. */
function needsYouList(db: Db, actor: SessionUser, access: NetworkAccess, now: Date): NeedsYouItem[] {
  const slug = db.select({ slug: network.slug }).from(network).where(eq(network.id, access.networkId)).get()!.slug;
  return needsYouIn(db, actor.id, [{ networkId: access.networkId, slug, role: access.role }], now).get(access.networkId) ?? [];
}

/** The rest of what needs the person, after the home's first items ("Show more"). */
export function moreNeedsYou(db: Db, actor: SessionUser, access: NetworkAccess, input: { cursor: number; limit: number }, now = new Date()) {
  return needsYouPage(needsYouList(db, actor, access, now), input.cursor, input.limit);
}

const withoutId = <T extends { id: number }>({ id: _id, ...rest }: T) => rest;

/** The start of a cycle's learning on one line; a cut one ends at a word, with an ellipsis. */
function excerpt(start: string, cut: boolean): string {
  const flat = start.replace(/\s+/g, ' ').trim();
  if (!cut) return flat;
  const space = flat.lastIndexOf(' ');
  return `${(space > EXCERPT_CHARS / 2 ? flat.slice(0, space) : flat).trimEnd()}…`;
}

/** How many things need the person in each network they belong to. */
export function homeCounts(db: Db, actor: SessionUser, now = new Date()) {
  const mine = db
    .select({ networkId: membership.networkId, role: membership.role, slug: network.slug })
    .from(membership)
    .innerJoin(network, eq(network.id, membership.networkId))
    .where(eq(membership.userId, actor.id))
    .all();
  const items = needsYouIn(db, actor.id, mine, now);
  return mine.map((m) => ({ networkId: m.networkId, count: items.get(m.networkId)?.length ?? 0 }));
}

/**
 * The network home's first visit in one request: the network at an address (as `network.bySlug`
 * answers it) and its home (as `home.network` answers it, with the same check), instead of the
 * second waiting for the first's id.
 */
export function networkHomeBySlug(db: Db, actor: SessionUser, input: { slug: string }, now = new Date()) {
  // Someone outside a private network has already had NOT_FOUND, as for a missing one.
  const found = getNetworkBySlug(db, actor, input);
  const access = networkAccess(db, actor, found.id);
  if (!access || !can(access, 'network.read')) throw new AppError('FORBIDDEN', { key: 'errors:ROLE_FORBIDS' });
  return { network: found, home: networkHome(db, actor, access, now) };
}
