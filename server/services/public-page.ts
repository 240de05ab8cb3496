import { and, asc, count, desc, eq, isNotNull } from 'drizzle-orm';
import { byTimeKey } from '../../shared/domain/period.ts';
import type { Words } from '../../shared/i18n/words.ts';
import { indicatorStatus } from '../../shared/report/assemble.ts';
import { publicDocument } from '../../shared/report/document.ts';
import { localDate } from '../../shared/report/zone.ts';
import type { SessionUser } from '../context.ts';
import type { Db } from '../db/client.ts';
import { charterReview, charterVersion, driverNode, network, pdsaCycle, reportVersion } from '../db/schema.ts';
import type { DbOrTx } from '../db/types.ts';
import { AppError } from '../errors.ts';
import { recordAudit } from './audit.ts';
import { partnershipName } from './public-partnership.ts';
import { readIndicator } from './report-source.ts';
import { latestPublications, pickVersionLanguage } from './reports.ts';
import type { NetworkAccess } from '../trpc.ts';

// The community impact page: what a network that opted in shows anyone, signed in or not. It is
// built from published reports, the ratified aim, the indicator's whole-population series and
// adopted changes — never names, private notes, or values about groups below the threshold.

/** The network at this address if its public page is on. */
function findPublicNetwork(db: DbOrTx, slug: string) {
  return db.select({ id: network.id, name: network.name, slug: network.slug, status: network.status }).from(network).where(and(eq(network.slug, slug), eq(network.publicReport, true))).get();
}

function publicNetwork(db: DbOrTx, slug: string) {
  const row = findPublicNetwork(db, slug);
  // One answer for "no such network" and "not public": the page does not reveal which.
  if (!row) throw new AppError('NOT_FOUND', { key: 'errors:publicpage.thereIsNoPublicPage' });
  return row;
}

/** The aim statement of the ratified charter in force, if any. */
function ratifiedAim(db: DbOrTx, networkId: number): string | null {
  const last = db
    .select({ version: charterReview.versionNumber })
    .from(charterReview)
    .where(and(eq(charterReview.networkId, networkId), eq(charterReview.decision, 'ratified')))
    .orderBy(desc(charterReview.id))
    .get();
  if (!last) return null;
  const v = db.select({ content: charterVersion.content }).from(charterVersion).where(and(eq(charterVersion.networkId, networkId), eq(charterVersion.number, last.version))).get();
  return v?.content.sections.aim.trim() || null;
}

/** Change ideas the network adopted, with how many adopting cycles: titles only. */
function adoptedChanges(db: DbOrTx, networkId: number) {
  return db
    .select({ id: driverNode.id, title: driverNode.title, cycles: count(pdsaCycle.id) })
    .from(pdsaCycle)
    .innerJoin(driverNode, eq(driverNode.id, pdsaCycle.changeIdeaId))
    .where(and(eq(pdsaCycle.networkId, networkId), eq(pdsaCycle.decision, 'adopt'), isNotNull(pdsaCycle.changeIdeaId)))
    .groupBy(driverNode.id)
    .orderBy(asc(driverNode.title))
    .all();
}

/** Each published report as its latest published version tells it, newest period first. */
function publishedReports(db: DbOrTx, networkId: number) {
  return [...latestPublications(db, networkId).values()]
    .map((v) => ({ id: v.reportId, title: v.title, from: v.from, to: v.to, version: v.number, publishedAt: v.publishedAt }))
    .sort((a, b) => byTimeKey(b.to, a.to) || b.id - a.id);
}

/** What a link preview of a public page shows: the network's name and aim; null when there is no public page. */
export function publicPageSummary(db: DbOrTx, slug: string): { name: string; aim: string | null } | null {
  const row = findPublicNetwork(db, slug);
  return row ? { name: row.name, aim: ratifiedAim(db, row.id) } : null;
}

/**
 * The network's outcome and its public contributing measures as of today, each with its own chart
 * (no report's period marked): what its public page and the partnership's report card both show.
 */
export function publicIndicators(db: DbOrTx, networkId: number, w: Words, now = Date.now()) {
  const source = readIndicator(db, networkId);
  const asOf = { to: localDate(now, 'UTC') };
  return {
    indicator: source.indicator ? indicatorStatus(source.indicator, source.measurements, asOf, w) : null,
    contributing: source.contributing.map((m) => indicatorStatus(m.indicator, m.measurements, asOf, w)),
  };
}

export function getPublicPage(db: Db, { slug }: { slug: string }, w: Words, now = Date.now()) {
  const net = publicNetwork(db, slug);
  return {
    name: net.name,
    slug: net.slug,
    aim: ratifiedAim(db, net.id),
    ...publicIndicators(db, net.id, w, now),
    reports: publishedReports(db, net.id),
    adoptedChanges: adoptedChanges(db, net.id),
    // The page links back to the report card it is part of, named when the partnership is.
    partnership: partnershipName(db),
  };
}

/** A published version in the reader's language (`lang`) when it was published in it, else in the other. */
export function getPublicReport(db: Db, { slug, reportId, number }: { slug: string; reportId: number; number?: number | undefined }, lang = 'en') {
  const net = publicNetwork(db, slug);
  const rows = db
    .select({ number: reportVersion.number, note: reportVersion.note, publishedAt: reportVersion.publishedAt, language: reportVersion.language })
    .from(reportVersion)
    .where(and(eq(reportVersion.reportId, reportId), eq(reportVersion.networkId, net.id)))
    .orderBy(desc(reportVersion.number), reportVersion.language)
    .all();
  // One entry per number, read in the reader's language where it was published in it.
  const numbers = [...new Set(rows.map((r) => r.number))];
  const versions = numbers.map((n) => {
    const same = rows.filter((r) => r.number === n);
    const language = pickVersionLanguage(same.map((r) => r.language), lang);
    const { note, publishedAt } = same.find((r) => r.language === language)!;
    return { number: n, note, publishedAt, language };
  });
  const wanted = versions.find((v) => v.number === (number ?? versions[0]?.number));
  const row =
    wanted === undefined
      ? undefined
      : db
          .select({ document: reportVersion.document })
          .from(reportVersion)
          .where(and(eq(reportVersion.reportId, reportId), eq(reportVersion.networkId, net.id), eq(reportVersion.number, wanted.number), eq(reportVersion.language, wanted.language)))
          .get();
  if (!row || !wanted) throw new AppError('NOT_FOUND', { key: 'errors:publicpage.thereIsNoSuchPublished' });
  return { network: { name: net.name, slug: net.slug }, number: wanted.number, language: wanted.language, versions, document: publicDocument(row.document) };
}

/** A lead turns the public page on or off. */
export function setPublicPage(db: Db, actor: SessionUser, { networkId }: NetworkAccess, { enabled }: { enabled: boolean }) {
  return db.transaction((tx) => {
    const row = tx.update(network).set({ publicReport: enabled, updatedAt: new Date() }).where(eq(network.id, networkId)).returning({ slug: network.slug }).get();
    if (!row) throw new AppError('NOT_FOUND');
    recordAudit(tx, { actorId: actor.id, action: enabled ? 'network.publishPage' : 'network.unpublishPage', entityType: 'network', entityId: networkId, networkId });
    return { enabled, slug: row.slug };
  });
}
