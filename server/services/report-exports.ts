import { createHash } from 'node:crypto';
import { can } from '../../shared/domain/permissions.ts';
import { slugify } from '../../shared/domain/slug.ts';
import type { Db } from '../db/client.ts';
import type { SessionUser } from '../context.ts';
import { AppError } from '../errors.ts';
import { recordAudit } from './audit.ts';
import { exportJobs, type ExportFile, type ExportJobs } from '../exports/jobs.ts';
import type { ExportFormat } from '../exports/worker.ts';
import { networkAccess, type NetworkAccess } from '../trpc.ts';
import { shownDocument } from '../../shared/report/document.ts';
import { draftDocument, getPublished, reportIn } from './reports.ts';
import { supportedLanguage } from '../i18n.ts';

// Starting a PDF or DOCX of a report: a published version for anyone who may read reports, the
// current draft for the people who compose them. The file is drawn in a worker (server/exports).
// Whoever asks about a job later must still be allowed what starting it needed: a person removed
// from the network, or no longer a facilitator for a draft, gets nothing more of it.

const GONE = { key: 'errors:reportexports.gone' } as const;

export function startReportExport(
  db: Db,
  actor: SessionUser,
  access: NetworkAccess,
  input: { reportId: number; format: ExportFormat; number?: number | undefined; language?: string | undefined },
  lang = 'en',
) {
  const row = reportIn(db, access.networkId, input.reportId);
  let doc;
  let suffix: string;
  let reuseKey: string | undefined;
  // A draft is written in the asker's language; a published version in its own.
  let language = supportedLanguage(lang);
  const action = input.number === undefined ? 'report.edit' : 'report.read';
  if (input.number === undefined) {
    if (!can(access, 'report.edit')) throw new AppError('FORBIDDEN', { key: 'errors:reportexports.onlyFacilitatorsAndLeadsCan' });
    // A draft is assembled from today's data: never reused. A file travels: a draft's hidden
    // sections stay out of it, as they do from a published one.
    doc = shownDocument(draftDocument(db, row, language));
    suffix = 'draft';
  } else {
    const published = getPublished(db, actor, access, { reportId: row.id, number: input.number, language: input.language }, language);
    doc = published.document;
    language = published.language;
    suffix = published.languages.length > 1 ? `v${published.number}-${published.language}` : `v${published.number}`;
    // A published version is frozen, so its file is the same for every reader. The key hashes
    // the document itself, so two databases (tests) or a rewritten version never share a file.
    const digest = createHash('sha256').update(JSON.stringify(doc)).digest('base64url');
    reuseKey = `${access.networkId}:${input.format}:${language}:${digest}`;
  }
  const fileName = `${slugify(row.title)}-${suffix}.${input.format}`;
  // Refused before the audit row: a request over the limit takes no copy.
  const started = exportJobs.startExport({ doc, lang: language, format: input.format, ownerId: actor.id, networkId: access.networkId, fileName, action, ...(reuseKey ? { reuseKey } : {}) });
  // Who took a copy of what: a draft or a report can travel far once it is a file.
  recordAudit(db, { actorId: actor.id, action: 'report.export', entityType: 'report', entityId: row.id, networkId: access.networkId, detail: { title: row.title, format: input.format, version: input.number ?? null, language } });
  return started;
}

/**
 * The job's scope, if this person asked for it and may still have it now. A job of another
 * network than the one asked through is NOT_FOUND; one they may no longer see is FORBIDDEN.
 */
function scopeFor(db: Db, jobs: ExportJobs, actor: SessionUser, jobId: string, through?: NetworkAccess) {
  const scope = jobs.exportScope(jobId, actor.id);
  if (!scope || (through && through.networkId !== scope.networkId)) throw new AppError('NOT_FOUND', GONE);
  const now = through ?? networkAccess(db, actor, scope.networkId);
  if (!now || !can(now, scope.action)) {
    throw new AppError('FORBIDDEN', { key: 'errors:reportexports.youNoLongerHaveAccess' });
  }
  return scope;
}

export function reportExportStatus(db: Db, actor: SessionUser, access: NetworkAccess, { jobId }: { jobId: string }) {
  scopeFor(db, exportJobs, actor, jobId, access);
  const status = exportJobs.exportStatus(jobId, actor.id);
  if (!status) throw new AppError('NOT_FOUND', GONE);
  return status;
}

/** The person's own job only; cancelling reveals nothing, so a changed role does not stop it. */
export function cancelReportExport(_db: Db, actor: SessionUser, access: NetworkAccess, { jobId }: { jobId: string }) {
  const scope = exportJobs.exportScope(jobId, actor.id);
  if (!scope || scope.networkId !== access.networkId || !exportJobs.cancelExport(jobId, actor.id)) {
    throw new AppError('NOT_FOUND', { key: 'errors:reportexports.thereIsNoExportOf' });
  }
  return { cancelled: true as const };
}

/** The finished file, checked against the person's access at the moment of the download. */
const NOT_YOURS = { key: 'errors:reportexports.notYours' } as const;

export function takeReportExport(db: Db, actor: SessionUser, jobId: string, jobs: ExportJobs = exportJobs): ExportFile {
  const notYours = new AppError('NOT_FOUND', NOT_YOURS);
  if (!jobs.exportScope(jobId, actor.id)) throw notYours;
  scopeFor(db, jobs, actor, jobId);
  const file = jobs.takeExport(jobId, actor.id);
  if (!file) throw notYours;
  return file;
}
