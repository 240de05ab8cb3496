import { describe, expect, it } from 'vitest';
import { exportJobs, MAX_ACTIVE_EXPORTS } from '../../server/exports/jobs.ts';
import JSZip from 'jszip';
import { extractText } from 'unpdf';
import { takeReportExport } from '../../server/services/report-exports.ts';
import { auditRows, testDb } from '../helpers/db.ts';
import { withIndicator } from '../helpers/indicator.ts';
import { recentMonths, reportOnPeriod, wholeRow } from '../helpers/report-data.ts';
import { publishedReport, withReport } from '../helpers/reports.ts';
import { addMember, scene } from '../helpers/scene.ts';
import { callerFor, failure } from '../helpers/trpc.ts';

/** Polls a job through the router until it ends. */
async function finished(caller: ReturnType<typeof callerFor>, networkId: number, jobId: string) {
  for (let i = 0; i < 200; i++) {
    const status = await caller.report.exportStatus({ networkId, jobId });
    if (status.state === 'done' || status.state === 'failed') return status;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error('the export did not finish');
}

async function until(check: () => Promise<boolean>, timeoutMs = 20_000) {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 20));
  }
}

describe('report exports through the router', () => {
  it('a facilitator downloads the draft; a member may not, and cannot see the facilitator’s job', async () => {
    const s = await scene(testDb());
    const ref = await withReport(s);
    const fac = callerFor(s.db, s.facilitator);
    const { jobId } = await fac.report.exportStart({ ...ref, format: 'docx' });
    const status = await finished(fac, ref.networkId, jobId);
    expect(status).toMatchObject({ state: 'done', progress: 1, fileName: 'board-update-fall-2026-draft.docx' });
    expect(exportJobs.takeExport(jobId, s.facilitator.id)?.data.subarray(0, 2).toString()).toBe('PK');

    const member = callerFor(s.db, s.member);
    expect((await failure(member.report.exportStart({ ...ref, format: 'pdf' }))).code).toBe('FORBIDDEN');
    expect((await failure(member.report.exportStatus({ networkId: ref.networkId, jobId }))).code).toBe('NOT_FOUND');
  });

  it('a member downloads a published version as PDF, named by its version', async () => {
    const s = await scene(testDb());
    const ref = await publishedReport(s);
    const member = callerFor(s.db, s.member);
    const { jobId } = await member.report.exportStart({ ...ref, format: 'pdf', number: 1 });
    expect(await finished(member, ref.networkId, jobId)).toMatchObject({ state: 'done', fileName: 'board-update-fall-2026-v1.pdf' });
    expect(exportJobs.takeExport(jobId, s.member.id)?.data.subarray(0, 5).toString()).toBe('%PDF-');
    expect((await failure(member.report.exportStart({ ...ref, format: 'pdf', number: 2 }))).code).toBe('NOT_FOUND');
  });

  it('a published PDF and DOCX carry no value hidden to protect a small group', async () => {
    const s = await scene(testDb());
    const ind = await withIndicator(s);
    const [black, latino, white] = ind.dimensions[0]!.groups;
    // 3 of 7 Black children is too few to show; Latino (23 of 31, 74.2 %) is hidden so Black's cannot be worked out.
    await callerFor(s.db, s.facilitator).indicator.saveMeasurements({
      networkId: s.networkA,
      rows: recentMonths(3).flatMap((m) => [wholeRow(m, 87, 135), wholeRow(m, 3, 7, black!.id), wholeRow(m, 23, 31, latino!.id), wholeRow(m, 61, 97, white!.id)]),
    });
    const ref = await reportOnPeriod(s);
    await callerFor(s.db, s.facilitator).report.publish({ ...ref, version: 1, note: '' });
    const member = callerFor(s.db, s.member);
    const file = async (format: 'pdf' | 'docx') => {
      const { jobId } = await member.report.exportStart({ ...ref, format, number: 1 });
      expect(await finished(member, ref.networkId, jobId)).toMatchObject({ state: 'done' });
      return exportJobs.takeExport(jobId, s.member.id)!.data;
    };
    const pdf = (await extractText(new Uint8Array(await file('pdf')), { mergePages: true })).text;
    const docx = await (await JSZip.loadAsync(await file('docx'))).file('word/document.xml')!.async('string');
    for (const text of [pdf, docx]) {
      expect(text).toContain('Equity gaps');
      expect(text).not.toContain('74.2');
      expect(text).not.toContain('Latino');
    }
    expect(pdf).toMatch(/hidden so that[\s\S]*cannot be worked out/);
  });
});

describe('access at the time of the download (issue 14, item 9)', () => {
  it('a member removed from the network after starting an export can no longer see or take it', async () => {
    const s = await scene(testDb());
    const ref = await publishedReport(s);
    const member = callerFor(s.db, s.member);
    const { jobId } = await member.report.exportStart({ ...ref, format: 'pdf', number: 1 });
    expect(await finished(member, ref.networkId, jobId)).toMatchObject({ state: 'done' });

    await callerFor(s.db, s.lead).member.remove({ networkId: s.networkA, userId: s.member.id });
    expect((await failure(member.report.exportStatus({ networkId: ref.networkId, jobId }))).code).toBe('NOT_FOUND');
    expect(() => takeReportExport(s.db, s.member, jobId)).toThrow(expect.objectContaining({ code: 'FORBIDDEN' }));
  });

  it('a facilitator moved down to member loses the draft export they started; a job is only seen through its own network', async () => {
    const s = await scene(testDb());
    const ref = await withReport(s);
    const fac = callerFor(s.db, s.facilitator);
    const { jobId } = await fac.report.exportStart({ ...ref, format: 'pdf' });
    await finished(fac, ref.networkId, jobId);
    expect(takeReportExport(s.db, s.facilitator, jobId).data.subarray(0, 5).toString()).toBe('%PDF-');

    // The same person asks about the job through another network they belong to.
    addMember(s.db, s.networkB, s.facilitator.id, 'lead');
    expect((await failure(fac.report.exportStatus({ networkId: s.networkB, jobId }))).code).toBe('NOT_FOUND');

    await callerFor(s.db, s.lead).member.changeRole({ networkId: s.networkA, userId: s.facilitator.id, role: 'member' });
    const refused = await failure(fac.report.exportStatus({ networkId: ref.networkId, jobId }));
    expect(refused.code).toBe('FORBIDDEN');
    expect(refused.message).toMatch(/no longer/);
    expect(() => takeReportExport(s.db, s.facilitator, jobId)).toThrow(expect.objectContaining({ code: 'FORBIDDEN' }));
  });
});

describe('export flood (issue 14, item 10)', () => {
  it('refuses a fourth export while three of the same person’s are waiting or running, with a plain message', async () => {
    const s = await scene(testDb());
    const ref = await withReport(s);
    const fac = callerFor(s.db, s.facilitator);
    const jobs = [];
    for (let i = 0; i < MAX_ACTIVE_EXPORTS; i++) jobs.push((await fac.report.exportStart({ ...ref, format: i % 2 ? 'docx' : 'pdf' })).jobId);
    const auditBefore = auditRows(s.db).length;
    const refused = await failure(fac.report.exportStart({ ...ref, format: 'pdf' }));
    expect(refused.code).toBe('TOO_MANY_REQUESTS');
    expect(refused.message).toBe('You already have 3 exports being prepared. Wait for one to finish or cancel one, then try again.');
    expect(auditRows(s.db).length).toBe(auditBefore);

    // Someone else in the network is not held up by it.
    const lead = callerFor(s.db, s.lead);
    const theirs = await lead.report.exportStart({ ...ref, format: 'pdf' });
    // Cancelling one frees a place at once.
    expect(await fac.report.exportCancel({ networkId: ref.networkId, jobId: jobs[2]! })).toEqual({ cancelled: true });
    expect((await failure(fac.report.exportStatus({ networkId: ref.networkId, jobId: jobs[2]! }))).code).toBe('NOT_FOUND');
    const fourth = await fac.report.exportStart({ ...ref, format: 'pdf' });
    for (const id of [jobs[0]!, jobs[1]!, fourth.jobId]) expect((await finished(fac, ref.networkId, id)).state).toBe('done');
    expect((await finished(lead, ref.networkId, theirs.jobId)).state).toBe('done');
  });

  it('cancelling the running export stops its worker and the next one starts; only its owner may cancel', async () => {
    const s = await scene(testDb());
    const ref = await withReport(s);
    const fac = callerFor(s.db, s.facilitator);
    const first = await fac.report.exportStart({ ...ref, format: 'pdf' });
    const second = await fac.report.exportStart({ ...ref, format: 'docx' });
    await until(async () => (await fac.report.exportStatus({ networkId: ref.networkId, jobId: first.jobId })).state === 'running');

    expect((await failure(callerFor(s.db, s.lead).report.exportCancel({ networkId: ref.networkId, jobId: first.jobId }))).code).toBe('NOT_FOUND');
    expect(await fac.report.exportCancel({ networkId: ref.networkId, jobId: first.jobId })).toEqual({ cancelled: true });
    // The queue moves on without waiting for the cancelled file.
    await until(async () => (await fac.report.exportStatus({ networkId: ref.networkId, jobId: second.jobId })).state !== 'queued', 2_000);
    expect((await finished(fac, ref.networkId, second.jobId)).state).toBe('done');
    // Cancelling what is already gone says so.
    expect((await failure(fac.report.exportCancel({ networkId: ref.networkId, jobId: first.jobId }))).code).toBe('NOT_FOUND');
  });

  it('reuses a finished export of the same published version and format, for anyone who may read it', async () => {
    const s = await scene(testDb());
    const ref = await publishedReport(s);
    const member = callerFor(s.db, s.member);
    const first = await member.report.exportStart({ ...ref, format: 'pdf', number: 1 });
    await finished(member, ref.networkId, first.jobId);
    const file = takeReportExport(s.db, s.member, first.jobId);

    const again = await member.report.exportStart({ ...ref, format: 'pdf', number: 1 });
    expect(again.jobId).toBe(first.jobId);
    const lead = callerFor(s.db, s.lead);
    const theirs = await lead.report.exportStart({ ...ref, format: 'pdf', number: 1 });
    expect(theirs.jobId).toBe(first.jobId);
    expect(await lead.report.exportStatus({ networkId: ref.networkId, jobId: theirs.jobId })).toMatchObject({ state: 'done', fileName: 'board-update-fall-2026-v1.pdf' });
    expect(takeReportExport(s.db, s.lead, theirs.jobId).data.equals(file.data)).toBe(true);
    // Each copy taken is on record.
    expect(auditRows(s.db).filter((r) => r.action === 'report.export')).toHaveLength(3);

    // Another format is another file; someone outside the network never gets this one.
    expect((await member.report.exportStart({ ...ref, format: 'docx', number: 1 })).jobId).not.toBe(first.jobId);
    expect(() => takeReportExport(s.db, s.outsider, first.jobId)).toThrow(expect.objectContaining({ code: 'NOT_FOUND' }));
  });

  it('never reuses a draft export: a draft is assembled from today’s data', async () => {
    const s = await scene(testDb());
    const ref = await withReport(s);
    const fac = callerFor(s.db, s.facilitator);
    const first = await fac.report.exportStart({ ...ref, format: 'pdf' });
    await finished(fac, ref.networkId, first.jobId);
    expect((await fac.report.exportStart({ ...ref, format: 'pdf' })).jobId).not.toBe(first.jobId);
  });
});
