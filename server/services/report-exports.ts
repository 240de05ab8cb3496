import { can } from '../../shared/domain/permissions.ts';
import { slugify } from '../../shared/domain/slug.ts';
import type { Db } from '../db/client.ts';
import type { SessionUser } from '../context.ts';
import { AppError } from '../errors.ts';
import { recordAudit } from './audit.ts';
import { exportJobs } from '../exports/jobs.ts';
import type { ExportFormat } from '../exports/worker.ts';
import type { NetworkAccess } from '../trpc.ts';
import { shownDocument } from '../../shared/report/document.ts';
import { draftDocument, getPublished, reportIn } from './reports.ts';

// Starting a PDF or DOCX of a report: a published version for anyone who may read reports, the
// current draft for the people who compose them. The file is drawn in a worker (server/exports).

export function startReportExport(
  db: Db,
  access: NetworkAccess,
  actor: SessionUser,
  input: { reportId: number; format: ExportFormat; number?: number | undefined },
) {
  const row = reportIn(db, access.networkId, input.reportId);
  let doc;
  let suffix: string;
  if (input.number === undefined) {
    if (!can(access, 'report.edit')) throw new AppError('FORBIDDEN', { message: 'Only facilitators and leads can export a draft.' });
    // A file travels: a draft's hidden sections stay out of it, as they do from a published one.
    doc = shownDocument(draftDocument(db, row));
    suffix = 'draft';
  } else {
    const published = getPublished(db, access.networkId, row.id, input.number);
    doc = published.document;
    suffix = `v${published.number}`;
  }
  const fileName = `${slugify(row.title)}-${suffix}.${input.format}`;
  // Who took a copy of what: a draft or a report can travel far once it is a file.
  recordAudit(db, { actorId: actor.id, action: 'report.export', entityType: 'report', entityId: row.id, networkId: access.networkId, detail: { title: row.title, format: input.format, version: input.number ?? null } });
  return exportJobs.startExport({ doc, format: input.format, ownerId: actor.id, networkId: access.networkId, fileName });
}

export function reportExportStatus(actor: SessionUser, jobId: string) {
  const status = exportJobs.exportStatus(jobId, actor.id);
  if (!status) throw new AppError('NOT_FOUND', { message: 'This download is no longer available. Start it again.' });
  return status;
}
