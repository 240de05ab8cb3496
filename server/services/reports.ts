import { and, desc, eq, sql } from 'drizzle-orm';
import { assembleReport } from '../../shared/report/assemble.ts';
import type { ReportDocument, ReportPeriod } from '../../shared/report/content.ts';
import { buildDocument, shownDocument } from '../../shared/report/document.ts';
import type { ReportCreateInput, ReportSaveInput } from '../../shared/schemas/report.ts';
import type { SessionUser } from '../context.ts';
import type { Db } from '../db/client.ts';
import { report, reportVersion, user } from '../db/schema.ts';
import type { DbOrTx } from '../db/types.ts';
import { AppError } from '../errors.ts';
import { recordAudit } from './audit.ts';
import { networkSlug, peopleOf } from './notification-recipients.ts';
import { notify } from './notifications.ts';
import { readReportSource } from './report-source.ts';
import type { NetworkAccess } from '../trpc.ts';
import { can } from '../../shared/domain/permissions.ts';
import { notificationLinks } from '../../shared/domain/notification-links.ts';
import { byTimeKey } from '../../shared/domain/period.ts';
import { groupBy } from '../../shared/group-by.ts';
import { assertVersion } from './versions.ts';
import { LANGUAGES, wordsFor } from '../i18n.ts';

// Progress reports: a draft the facilitator composes, and the versions they publish. A published
// version holds its whole document, so nothing that happens to the data later can change it.

export type ReportRow = typeof report.$inferSelect;
export type ReportStatus = 'draft' | 'published' | 'correcting';

const EMPTY_NARRATIVE = { highlights: '', challenges: '', asks: '' };

export function reportIn(db: DbOrTx, networkId: number, reportId: number): ReportRow {
  const row = db.select().from(report).where(and(eq(report.id, reportId), eq(report.networkId, networkId))).get();
  if (!row) throw new AppError('NOT_FOUND', { key: 'errors:reports.thereIsNoSuchReport' });
  return row;
}

const periodOf = (r: ReportRow): ReportPeriod => ({ from: r.periodFrom, to: r.periodTo, timeZone: r.timeZone });
const draftOf = (r: ReportRow) => ({ title: r.title, from: r.periodFrom, to: r.periodTo, timeZone: r.timeZone, narrative: r.narrative, featuredCycleIds: r.featuredCycleIds, hidden: r.hidden });

type PublishedRow = { number: number; draftVersion: number; note: string; publishedAt: Date; publishedBy: string | null; language: string };
export type Publication = Omit<PublishedRow, 'language'> & { language: string; languages: string[] };

/**
 * The language of a version a reader gets: theirs when the version was published in it, else
 * English, else the first there is.
 */
export function pickVersionLanguage(languages: readonly string[], wanted: string): string {
  return languages.includes(wanted) ? wanted : languages.includes('en') ? 'en' : languages[0]!;
}

/**
 * The published versions, newest first: one entry per number, read in `lang` where the number
 * was published in it, with every language it was published in.
 */
function publications(db: DbOrTx, reportId: number, lang = 'en'): Publication[] {
  const rows: PublishedRow[] = db
    .select({
      number: reportVersion.number,
      draftVersion: reportVersion.draftVersion,
      note: reportVersion.note,
      publishedAt: reportVersion.publishedAt,
      publishedBy: user.name,
      language: reportVersion.language,
    })
    .from(reportVersion)
    .leftJoin(user, eq(user.id, reportVersion.publishedById))
    .where(eq(reportVersion.reportId, reportId))
    .orderBy(desc(reportVersion.number), reportVersion.language)
    .all();
  const byNumber = groupBy(rows, (r) => r.number);
  return [...byNumber.values()].map((same) => {
    const languages = same.map((r) => r.language);
    const language = pickVersionLanguage(languages, lang);
    return { ...same.find((r) => r.language === language)!, languages };
  });
}

function statusOf(row: ReportRow, latest: { draftVersion: number } | undefined): ReportStatus {
  if (!latest) return 'draft';
  return latest.draftVersion === row.version ? 'published' : 'correcting';
}

/** The document as it would be published now, in `lang`: today's data, the draft's words and choices. */
export function draftDocument(db: DbOrTx, row: ReportRow, lang: string, now = Date.now()): ReportDocument {
  const content = assembleReport(readReportSource(db, row.networkId, periodOf(row)), periodOf(row), now, wordsFor(lang));
  return buildDocument(content, draftOf(row));
}

/**
 * Each published report's latest version: its number, when, and the title and period its frozen
 * document gives (the report row is the draft, and a correction in progress is not published).
 * Without a network, every network's (the backbone dashboard's last report of each).
 */
export function latestPublications(db: DbOrTx, networkId?: number) {
  const doc = (path: string) => sql<string>`json_extract(${reportVersion.document}, ${path})`;
  const versions = db
    .select({
      reportId: reportVersion.reportId,
      networkId: reportVersion.networkId,
      number: reportVersion.number,
      draftVersion: reportVersion.draftVersion,
      publishedAt: reportVersion.publishedAt,
      title: doc('$.title'),
      from: doc('$.content.period.from'),
      to: doc('$.content.period.to'),
      language: reportVersion.language,
    })
    .from(reportVersion)
    .where(networkId === undefined ? undefined : eq(reportVersion.networkId, networkId))
    .orderBy(desc(reportVersion.number), reportVersion.publishedAt)
    .all();
  // The languages of one number share its draft, so its title and period; the first published dates it.
  const latest = new Map<number, (typeof versions)[number] & { languages: string[] }>();
  for (const v of versions) {
    const seen = latest.get(v.reportId);
    if (!seen) latest.set(v.reportId, { ...v, languages: [v.language] });
    else if (seen.number === v.number) seen.languages.push(v.language);
  }
  return latest;
}

/**
 * Reports of the network, newest period first. Members see the published ones only, under the
 * title and period they were published with (the draft may be a correction not yet published);
 * the people who compose reports see drafts too, under the draft's title.
 */
export function listReports(db: Db, _actor: SessionUser, access: NetworkAccess) {
  const { networkId } = access;
  const withDrafts = can(access, 'report.edit');
  const rows = db.select().from(report).where(eq(report.networkId, networkId)).orderBy(desc(report.periodTo), desc(report.id)).all();
  const latest = latestPublications(db, networkId);
  const listed = rows.flatMap((r) => {
    const pub = latest.get(r.id);
    if (!withDrafts && !pub) return [];
    const shown = withDrafts || !pub ? { title: r.title, from: r.periodFrom, to: r.periodTo } : { title: pub.title, from: pub.from, to: pub.to };
    return [{ id: r.id, ...shown, status: statusOf(r, pub), latestVersion: pub?.number ?? null, languages: pub?.languages ?? [], publishedAt: pub?.publishedAt ?? null, updatedAt: r.updatedAt }];
  });
  // Published periods can differ from the drafts' the rows were ordered by.
  return withDrafts ? listed : listed.sort((a, b) => byTimeKey(b.to, a.to) || b.id - a.id);
}

export function getDraft(db: Db, _actor: SessionUser, { networkId }: NetworkAccess, { reportId }: { reportId: number }, lang = 'en') {
  const row = reportIn(db, networkId, reportId);
  const pubs = publications(db, reportId, lang);
  return {
    id: row.id,
    version: row.version,
    draft: draftOf(row),
    status: statusOf(row, pubs[0]),
    updatedAt: row.updatedAt,
    publications: pubs,
    document: draftDocument(db, row, lang),
  };
}

/**
 * A published version's frozen document (the latest when no number is given) in the language
 * asked for (else the reader's, `lang`) when it was published in it, else in the other; with the
 * list of versions and the languages this one can be read in. Hidden sections are taken out here,
 * so versions published before that are safe too.
 */
export function getPublished(
  db: Db,
  _actor: SessionUser,
  { networkId }: NetworkAccess,
  { reportId, number, language }: { reportId: number; number?: number | undefined; language?: string | undefined },
  lang = 'en',
) {
  reportIn(db, networkId, reportId);
  const pubs = publications(db, reportId, language ?? lang);
  if (pubs.length === 0) throw new AppError('NOT_FOUND', { key: 'errors:reports.thisReportIsNotPublished' });
  const wanted = number === undefined ? pubs[0] : pubs.find((p) => p.number === number);
  if (!wanted) throw new AppError('NOT_FOUND', { key: 'errors:reports.noVersion', values: { number: number ?? 0 } });
  const row = db
    .select({ document: reportVersion.document })
    .from(reportVersion)
    .where(and(eq(reportVersion.reportId, reportId), eq(reportVersion.number, wanted.number), eq(reportVersion.language, wanted.language)))
    .get();
  if (!row) throw new AppError('NOT_FOUND', { key: 'errors:reports.noVersion', values: { number: wanted.number } });
  return { document: shownDocument(row.document), number: wanted.number, language: wanted.language, languages: wanted.languages, versions: pubs };
}

export function createReport(db: Db, actor: SessionUser, { networkId }: NetworkAccess, input: Omit<ReportCreateInput, 'networkId'>) {
  return db.transaction((tx) => {
    const created = tx
      .insert(report)
      .values({
        networkId,
        title: input.title,
        periodFrom: input.from,
        periodTo: input.to,
        timeZone: input.timeZone,
        narrative: EMPTY_NARRATIVE,
        createdById: actor.id,
        updatedById: actor.id,
      })
      .returning({ id: report.id })
      .get();
    recordAudit(tx, { actorId: actor.id, action: 'report.create', entityType: 'report', entityId: created.id, networkId, detail: { title: input.title, from: input.from, to: input.to } });
    return { id: created.id };
  });
}

/** Saves the draft when it is still the version the editor started from; otherwise a conflict the client merges. */
export function saveReport(db: Db, actor: SessionUser, { networkId }: NetworkAccess, input: Omit<ReportSaveInput, 'networkId'>) {
  return db.transaction((tx) => {
    const current = reportIn(tx, networkId, input.reportId);
    assertVersion(current.version, input.version, { key: 'errors:reports.savedMeanwhile' });
    const next = current.version + 1;
    tx.update(report)
      .set({
        title: input.title,
        periodFrom: input.from,
        periodTo: input.to,
        timeZone: input.timeZone,
        narrative: input.narrative,
        featuredCycleIds: input.featuredCycleIds,
        hidden: input.hidden,
        version: next,
        updatedById: actor.id,
        updatedAt: new Date(),
      })
      .where(eq(report.id, current.id))
      .run();
    recordAudit(tx, { actorId: actor.id, action: 'report.save', entityType: 'report', entityId: current.id, networkId, detail: { title: input.title, version: next } });
    return { version: next };
  });
}

/**
 * Freezes the draft as a published version in one language, assembled in that language (the
 * document keeps the sentences it was written with). The publisher must have seen the newest
 * draft. A draft already published in another language gets the same number in this one; a
 * changed draft gets the next number, and a correction (any number after the first) says what
 * changed.
 */
export function publishReport(
  db: Db,
  actor: SessionUser,
  { networkId }: NetworkAccess,
  input: { reportId: number; version: number; note: string; language: string },
  now = Date.now(),
) {
  if (!LANGUAGES.includes(input.language)) throw new AppError('UNKNOWN_LANGUAGE', { field: 'language' });
  return db.transaction((tx) => {
    const row = reportIn(tx, networkId, input.reportId);
    assertVersion(row.version, input.version, { key: 'errors:reports.draftChanged' });
    const last = publications(tx, row.id)[0];
    const sameDraft = last !== undefined && last.draftVersion === row.version;
    if (sameDraft && last.languages.includes(input.language)) {
      throw new AppError('NOTHING_TO_PUBLISH');
    }
    const number = sameDraft ? last.number : (last?.number ?? 0) + 1;
    if (number > 1 && !input.note) {
      throw new AppError('NOTHING_TO_PUBLISH', { field: 'note', key: 'errors:reports.sayWhatThisCorrectionChanges' });
    }
    const document = buildDocument(assembleReport(readReportSource(tx, row.networkId, periodOf(row)), periodOf(row), now, wordsFor(input.language)), draftOf(row), {
      version: number,
      publishedAt: now,
      publishedBy: actor.name,
      note: input.note,
    });
    tx.insert(reportVersion)
      .values({ reportId: row.id, networkId: row.networkId, number, draftVersion: row.version, document, note: input.note, language: input.language, publishedById: actor.id, publishedAt: new Date(now) })
      .run();
    recordAudit(tx, {
      actorId: actor.id,
      action: 'report.publish',
      entityType: 'report',
      entityId: row.id,
      networkId: row.networkId,
      detail: { title: row.title, number, language: input.language, note: input.note || undefined },
    });
    // A version is news once: the same version in another language is not a new publication.
    if (!sameDraft) {
      notify(tx, {
        userIds: peopleOf(tx, row.networkId),
        event: 'report_published',
        networkId: row.networkId,
        actorId: actor.id,
        detail: { title: row.title, version: number },
        link: notificationLinks.report(networkSlug(tx, row.networkId), row.id),
      });
    }
    return { number, language: input.language };
  });
}

/** Only a report never published can be deleted: a published one stays on record. */
export function deleteReport(db: Db, actor: SessionUser, { networkId }: NetworkAccess, input: { reportId: number }) {
  return db.transaction((tx) => {
    const row = reportIn(tx, networkId, input.reportId);
    if (publications(tx, row.id).length > 0) throw new AppError('REPORT_PUBLISHED');
    tx.delete(report).where(eq(report.id, row.id)).run();
    recordAudit(tx, { actorId: actor.id, action: 'report.delete', entityType: 'report', entityId: row.id, networkId: row.networkId, detail: { title: row.title } });
    return { deleted: true };
  });
}
