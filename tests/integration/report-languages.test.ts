import JSZip from 'jszip';
import { extractText } from 'unpdf';
import { describe, expect, it } from 'vitest';
import { exportJobs } from '../../server/exports/jobs.ts';
import { testDb } from '../helpers/db.ts';
import { withReport } from '../helpers/reports.ts';
import { scene, type Scene } from '../helpers/scene.ts';
import { callerFor, failure } from '../helpers/trpc.ts';

// A report is published in English, Spanish or both (the same number in each), and read and
// exported in the reader's language when it was published in it.

async function publishedIn(s: Scene, ...languages: ('en' | 'es')[]) {
  const ref = await withReport(s);
  const fac = callerFor(s.db, s.facilitator);
  for (const language of languages) await fac.report.publish({ ...ref, version: 1, note: '', language });
  return ref;
}

async function fileOf(caller: ReturnType<typeof callerFor>, userId: string, input: Parameters<ReturnType<typeof callerFor>['report']['exportStart']>[0]) {
  const { jobId } = await caller.report.exportStart(input);
  for (let i = 0; i < 400; i++) {
    const status = await caller.report.exportStatus({ networkId: input.networkId, jobId });
    if (status.state === 'failed') throw new Error(status.error);
    if (status.state === 'done') return { status, data: exportJobs.takeExport(jobId, userId)!.data };
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error('the export did not finish');
}

const pdfText = async (data: Buffer) => (await extractText(new Uint8Array(data), { mergePages: true })).text;
const docxText = async (data: Buffer) => (await (await JSZip.loadAsync(data)).file('word/document.xml')!.async('string')).replace(/<[^>]+>/g, '');

describe('publishing in a language', () => {
  it('a Spanish version joins the English one under the same number; the same language twice is refused', async () => {
    const s = await scene(testDb());
    const ref = await publishedIn(s, 'en');
    const fac = callerFor(s.db, s.facilitator);
    expect(await fac.report.publish({ ...ref, version: 1, note: '', language: 'es' })).toEqual({ number: 1, language: 'es' });
    const again = await failure(fac.report.publish({ ...ref, version: 1, note: '', language: 'es' }));
    expect(again.code).toBe('BAD_REQUEST');

    const [listed] = await callerFor(s.db, s.member).report.list({ networkId: ref.networkId });
    expect(listed).toMatchObject({ latestVersion: 1, status: 'published', languages: ['en', 'es'] });
    const draft = await fac.report.draft(ref);
    expect(draft.publications).toEqual([expect.objectContaining({ number: 1, languages: ['en', 'es'] })]);
  });

  it('a reader gets the version in their language, else the other, and may ask for either', async () => {
    const s = await scene(testDb());
    const ref = await publishedIn(s, 'en', 'es');
    const english = await callerFor(s.db, s.member).report.published(ref);
    expect(english).toMatchObject({ number: 1, language: 'en', languages: ['en', 'es'] });
    expect(english.document.content.language).toBe('en');
    const spanish = await callerFor(s.db, s.member, 'es').report.published(ref);
    expect(spanish).toMatchObject({ number: 1, language: 'es', languages: ['en', 'es'] });
    expect(spanish.document.content.language).toBe('es');
    expect(spanish.versions).toEqual([expect.objectContaining({ number: 1, language: 'es', languages: ['en', 'es'] })]);
    expect((await callerFor(s.db, s.member, 'es').report.published({ ...ref, language: 'en' })).language).toBe('en');

    const onlySpanish = await publishedIn(s, 'es');
    expect(await callerFor(s.db, s.member).report.published(onlySpanish)).toMatchObject({ language: 'es', languages: ['es'] });
  });

  it('follows the publisher’s language when none is chosen; a changed draft in one language is the next number and needs a note', async () => {
    const s = await scene(testDb());
    const ref = await withReport(s);
    const fac = callerFor(s.db, s.facilitator, 'es');
    expect(await fac.report.publish({ ...ref, version: 1, note: '' })).toEqual({ number: 1, language: 'es' });
    const draft = await fac.report.draft(ref);
    await fac.report.save({ ...ref, version: 1, ...draft.draft, narrative: { ...draft.draft.narrative, highlights: 'Dos escuelas se unieron.' } });
    const noNote = await failure(fac.report.publish({ ...ref, version: 2, note: '', language: 'en' }));
    expect(noNote.code).toBe('BAD_REQUEST');
    expect(await fac.report.publish({ ...ref, version: 2, note: 'Added the highlights', language: 'en' })).toEqual({ number: 2, language: 'en' });
    const versions = (await callerFor(s.db, s.member).report.published(ref)).versions;
    expect(versions.map((v) => [v.number, v.language, v.languages])).toEqual([
      [2, 'en', ['en']],
      [1, 'es', ['es']],
    ]);
  });
});

describe('the public page of a report published in both languages', () => {
  it('shows one entry per version, in the reader’s language', async () => {
    const s = await scene(testDb());
    const ref = await publishedIn(s, 'en', 'es');
    await callerFor(s.db, s.lead).network.setPublicPage({ networkId: s.networkA, enabled: true });
    const input = { slug: 'kindergarten-readiness', reportId: ref.reportId };
    const english = await callerFor(s.db, null).public.report(input);
    expect(english).toMatchObject({ number: 1, language: 'en' });
    expect(english.versions).toHaveLength(1);
    const spanish = await callerFor(s.db, null, 'es').public.report(input);
    expect(spanish).toMatchObject({ number: 1, language: 'es' });
    expect(spanish.document.content.language).toBe('es');
  });
});

describe('exports in a language', () => {
  it('a published Spanish version exports in Spanish, the English one in English, whoever asks', async () => {
    const s = await scene(testDb());
    const ref = await publishedIn(s, 'en', 'es');
    const member = callerFor(s.db, s.member);
    const es = await fileOf(member, s.member.id, { ...ref, format: 'pdf', number: 1, language: 'es' });
    expect(es.status.fileName).toBe('board-update-fall-2026-v1-es.pdf');
    expect(es.status.step).toBe('El PDF está listo');
    const spanish = await pdfText(es.data);
    expect(spanish).toContain('Versión 1 publicada el');
    expect(spanish).toContain('Reuniones y asistencia');
    expect(spanish).toContain('1 de septiembre – 30 de noviembre de 2026');
    expect(spanish).not.toContain('Meetings and attendance');

    const en = await fileOf(member, s.member.id, { ...ref, format: 'pdf', number: 1 });
    expect(en.status.fileName).toBe('board-update-fall-2026-v1-en.pdf');
    const english = await pdfText(en.data);
    expect(english).toContain('Published version 1 on');
    expect(english).toContain('Meetings and attendance');

    const word = await docxText((await fileOf(callerFor(s.db, s.member, 'es'), s.member.id, { ...ref, format: 'docx', number: 1 })).data);
    expect(word).toContain('Reuniones y asistencia');
    expect(word).not.toContain('Meetings and attendance');
  });

  it('a draft exports in the language of the person who asks', async () => {
    const s = await scene(testDb());
    const ref = await withReport(s);
    const spanish = await pdfText((await fileOf(callerFor(s.db, s.facilitator, 'es'), s.facilitator.id, { ...ref, format: 'pdf' })).data);
    expect(spanish).toContain('Borrador, sin publicar');
    expect(spanish).toContain('No se registraron reuniones en este período.');
    const english = await docxText((await fileOf(callerFor(s.db, s.facilitator), s.facilitator.id, { ...ref, format: 'docx' })).data);
    expect(english).toContain('Draft, not published');
    expect(english).not.toContain('Borrador');
  });
});
