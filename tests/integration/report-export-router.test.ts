import { describe, expect, it } from 'vitest';
import { exportJobs } from '../../server/exports/jobs.ts';
import JSZip from 'jszip';
import { extractText } from 'unpdf';
import { testDb } from '../helpers/db.ts';
import { withIndicator } from '../helpers/indicator.ts';
import { recentMonths, reportOnPeriod, wholeRow } from '../helpers/report-data.ts';
import { publishedReport, withReport } from '../helpers/reports.ts';
import { scene } from '../helpers/scene.ts';
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
