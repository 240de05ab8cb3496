import { inflateSync } from 'node:zlib';
import JSZip from 'jszip';
import { extractText, getMeta } from 'unpdf';
import { afterEach, describe, expect, it } from 'vitest';
import type { ReportDocument } from '../../shared/report/content.ts';
import { onTrackSentence } from '../../shared/report/on-track-words.ts';
import { renderDocx } from '../../server/exports/docx.ts';
import { createExportJobs, exportJobs, type ExportJobs, type ExportStatus } from '../../server/exports/jobs.ts';
import { pdfSafe, renderPdf } from '../../server/exports/pdf.ts';
import { contentDisposition } from '../../server/http/export-routes.ts';
import { wordsFor } from '../../server/i18n.ts';
import { and, eq } from 'drizzle-orm';
import { membership } from '../../server/db/schema.ts';
import { makeUser, TEST_PASSWORD } from '../helpers/db.ts';
import { addMember, makeNetwork } from '../helpers/scene.ts';
import { cookieFrom, signIn, testApp, type TestApp } from '../helpers/http.ts';
import { largeReportDocument, NARRATIVE_SENTENCE, sampleReportDocument, SIGNAL_SENTENCE } from '../helpers/report-document.ts';


const PERIOD = 'September 1 – November 30, 2026';
const EN = wordsFor('en');
const HOSTILE = `Bring <script>alert("x")</script> & snacks for Tom & Jerry's class`;

async function pdfText(buf: Buffer) {
  const { totalPages, text } = await extractText(new Uint8Array(buf), { mergePages: false });
  return { pages: totalPages, perPage: text, all: text.join('\n') };
}

/** Every stream in the PDF, inflated where it is compressed. */
function pdfStreams(buf: Buffer): string[] {
  const raw = buf.toString('latin1');
  const out: string[] = [];
  for (const m of raw.matchAll(/<<([^<>]*?)>>\s*stream\r?\n/g)) {
    const length = Number(/\/Length (\d+)/.exec(m[1]!)?.[1] ?? -1);
    if (length < 0) continue;
    const start = m.index + m[0].length;
    const bytes = buf.subarray(start, start + length);
    out.push(m[1]!.includes('/FlateDecode') ? inflateSync(bytes).toString('latin1') : bytes.toString('latin1'));
  }
  return out;
}

async function docxParts(buf: Buffer) {
  const zip = await JSZip.loadAsync(buf);
  const read = (name: string) => zip.file(name)?.async('string') ?? Promise.resolve('');
  const footers = await Promise.all(Object.keys(zip.files).filter((n) => /^word\/footer\d*\.xml$/.test(n)).map(read));
  return {
    files: Object.keys(zip.files),
    document: await read('word/document.xml'),
    footer: footers.join('\n'),
    core: await read('docProps/core.xml'),
    media: (name: string) => zip.file(name)!.async('nodebuffer'),
  };
}

/** The text Word shows, joined run by run, with XML entities still escaped. */
const wordText = (xml: string) => [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');

function withNulls(): ReportDocument {
  const doc = sampleReportDocument();
  return {
    ...doc,
    featured: [],
    publication: null,
    narrative: { highlights: '', challenges: '   ', asks: '' },
    content: {
      ...doc.content,
      indicator: null,
      cycles: { total: 0, byStage: { plan: 0, do: 0, study: 0, act: 0, done: 0 }, byDecision: { adopt: 0, adapt: 0, abandon: 0, undecided: 0 }, rampsAdvanced: [], learnings: [] },
      plan: { counts: { done: 0, inProgress: 0, notStarted: 0, blocked: 0, overdue: 0, dropped: 0 }, actions: [] },
      charter: { ratified: null, ratifiedInPeriod: false, pendingVersion: null },
      meetings: { held: 0, attendance: 0, averageAttendance: null, people: 0, meetings: [] },
    },
  };
}

describe('PDF export', () => {
  it('has the title block, the narrative, the indicator sentence, page footers and metadata', async () => {
    const buf = await renderPdf(sampleReportDocument(), EN);
    expect(buf.subarray(0, 5).toString()).toBe('%PDF-');
    const { pages, perPage, all } = await pdfText(buf);
    expect(pages).toBeGreaterThan(1);
    expect(all).toContain('Fall 2026 progress report');
    expect(all).toContain('Kindergarten Readiness Network');
    expect(all).toContain(PERIOD);
    expect(all).toContain('Published version 2 on December 5, 2026');
    expect(all).toContain(NARRATIVE_SENTENCE);
    expect(all).toContain(SIGNAL_SENTENCE);
    for (const heading of ['Highlights', 'Challenges', 'Asks of partners', 'Indicator status', 'Equity gaps', 'Featured learnings', 'PDSA cycles', 'Action plan progress', 'Charter', 'Meetings and attendance'])
      expect(all).toContain(heading);
    perPage.forEach((text, i) => expect(text).toContain(`Kindergarten Readiness Network · ${PERIOD} · Page ${i + 1} of ${pages}`));
    expect(all).not.toMatch(/\bnull\b|\bundefined\b|NaN/);
    const meta = await getMeta(new Uint8Array(buf));
    expect(meta.info).toMatchObject({ Title: 'Fall 2026 progress report', Author: 'Kindergarten Readiness Network' });
  });

  it('draws the chart as vector paths, with no image in the file', async () => {
    const buf = await renderPdf(sampleReportDocument(), EN);
    expect(buf.toString('latin1')).not.toMatch(/\/Subtype\s*\/Image/);
    const streams = pdfStreams(buf);
    const lineTos = Math.max(...streams.map((s) => s.match(/[\d.-]+ [\d.-]+ l\n/g)?.length ?? 0));
    // Forty points of data, step lines for the centre and both limits: hundreds of segments.
    expect(lineTos).toBeGreaterThan(100);
    expect(streams.some((s) => /\[[\d.]+ [\d.]+\] 0 d/.test(s))).toBe(true); // dashed limits
    expect(streams.some((s) => / c\n/.test(s))).toBe(true); // round points are Bézier curves
  });

  it('leaves hidden sections out entirely', async () => {
    const { all } = await pdfText(await renderPdf(sampleReportDocument({ hidden: ['meetings', 'charter'] }), EN));
    expect(all).not.toContain('Meetings and attendance');
    expect(all).not.toContain('September network meeting');
    expect(all).not.toMatch(/^Charter$/m);
    expect(all).not.toContain('awaits review');
    expect(all).toContain('Action plan progress');
  });

  it('reads missing data as plain sentences', async () => {
    const { all } = await pdfText(await renderPdf(withNulls(), EN));
    expect(all).toContain('Draft, not published');
    expect(all).toContain('This network has not defined its indicator yet');
    expect(all).toContain('No PDSA cycles ran in this period.');
    expect(all).toContain('The action plan had no actions by the end of this period.');
    expect(all).toContain('No version of the charter has been ratified yet.');
    expect(all).toContain('No meetings were recorded in this period.');
    expect(all).not.toContain('Highlights');
    expect(all).not.toMatch(/\bnull\b|\bundefined\b|NaN/);
  });

  it('says why it is too early to tell whether the indicator is on track, in the page’s words', async () => {
    const doc = sampleReportDocument();
    const unclear = { ...doc, content: { ...doc.content, indicator: { ...doc.content.indicator!, onTrack: null, onTrackPoints: 12 } } };
    const { all } = await pdfText(await renderPdf(unclear, EN));
    const text = all.replace(/\s+/g, ' ');
    expect(text).toContain('Too early to tell whether the indicator will reach its target of 60% by June 30, 2028: its recent values go up and down too much to see a steady rate of change.');
    expect(text).not.toMatch(/too few (points|measurements)/i);
    const word = wordText((await docxParts(await renderDocx(unclear, EN))).document);
    expect(word).toContain(onTrackSentence(unclear.content.indicator, EN));
  });

  it('gives the statistics behind the signal after its plain sentence, in the PDF and the DOCX alike', async () => {
    const doc = sampleReportDocument();
    const decided = ['Signals found by the Anhøj rules:', 'A run of 9 points above the centre line, longer than the 8 chance allows.'];
    const withDetail = { ...doc, content: { ...doc.content, indicator: { ...doc.content.indicator!, decided } } };
    const pdf = (await pdfText(await renderPdf(withDetail, EN))).all.replace(/\s+/g, ' ');
    const word = wordText((await docxParts(await renderDocx(withDetail, EN))).document);
    for (const text of [pdf, word]) {
      expect(text).toContain(`How this was decided: ${decided.join(' ')}`);
      expect(text.indexOf(doc.content.indicator!.sentence)).toBeLessThan(text.indexOf('How this was decided'));
    }
  });

  it('breaks a long table between rows and repeats its header on every page', async () => {
    const big = largeReportDocument();
    const doc = sampleReportDocument({ content: { ...big.content, plan: { ...big.content.plan, actions: big.content.plan.actions.slice(0, 200) } }, featured: [] });
    const { perPage } = await pdfText(await renderPdf(doc, EN));
    const withRows = perPage.filter((t) => /Action \d+: /.test(t));
    expect(withRows.length).toBeGreaterThan(3);
    for (const page of withRows) expect(page).toMatch(/Action\s+Status\s+Due\s+Owner/);
    // Every action is there once: none is lost or cut at a page break.
    const ids = perPage.join('\n').match(/Action \d+: /g)!;
    expect(new Set(ids).size).toBe(200);
  });

  it('keeps free text as text', async () => {
    const doc = sampleReportDocument({ narrative: { highlights: HOSTILE, challenges: '', asks: '' }, title: 'Q&A <b>report</b>' });
    const { all } = await pdfText(await renderPdf(doc, EN));
    expect(all).toContain(HOSTILE);
    expect(all).toContain('Q&A <b>report</b>');
  });

  it('draws light Markdown as bold and italic text, never its asterisks', async () => {
    const doc = sampleReportDocument({ narrative: { highlights: 'Readiness rose to **47%** in *four* schools.', challenges: '', asks: '- **Principals:** host a night' }, title: 'Markdown' });
    const buf = await renderPdf(doc, EN);
    const { all } = await pdfText(buf);
    expect(all).toContain('Readiness rose to 47% in four schools.');
    expect(all).toContain('Principals: host a night');
    expect(all).not.toContain('**');
  });

  it('writes characters the standard fonts lack in a plain form', () => {
    expect(pdfSafe('Nguyễn −3 “quoted” – é')).toBe('Nguyen -3 “quoted” – é');
    expect(pdfSafe('日本')).toBe('??');
  });
});

describe('DOCX export', () => {
  it('has Word headings, tables, bullets, the texts and page-number fields', async () => {
    const parts = await docxParts(await renderDocx(sampleReportDocument(), EN));
    const text = wordText(parts.document);
    expect(text).toContain('Fall 2026 progress report');
    expect(text).toContain('Kindergarten Readiness Network');
    expect(text).toContain(PERIOD);
    expect(text).toContain(NARRATIVE_SENTENCE);
    expect(text).toContain(SIGNAL_SENTENCE.replace(/'/g, '&apos;'));
    expect(parts.document).toContain('<w:pStyle w:val="Title"/>');
    expect(parts.document).toContain('<w:pStyle w:val="Heading1"/>');
    expect(parts.document).toContain('<w:pStyle w:val="Heading2"/>');
    expect(parts.document).toContain('<w:tbl>');
    expect(parts.document).toContain('<w:tblHeader/>');
    expect(parts.document).toContain('<w:numPr>');
    expect(parts.footer).toMatch(/<w:instrText[^>]*>\s*PAGE\s*<\/w:instrText>/);
    expect(parts.footer).toMatch(/<w:instrText[^>]*>\s*NUMPAGES\s*<\/w:instrText>/);
    expect(wordText(parts.footer)).toContain(`Kindergarten Readiness Network · ${PERIOD} · Page `);
    expect(parts.core).toContain('Fall 2026 progress report');
    expect(parts.core).toContain('Kindergarten Readiness Network');
    expect(text).not.toMatch(/\bnull\b|\bundefined\b|NaN/);
  });

  it('embeds the chart as an SVG with a PNG fallback', async () => {
    const parts = await docxParts(await renderDocx(sampleReportDocument(), EN));
    const svgName = parts.files.find((f) => f.startsWith('word/media/') && f.endsWith('.svg'));
    const pngName = parts.files.find((f) => f.startsWith('word/media/') && f.endsWith('.png'));
    expect(svgName).toBeDefined();
    expect(pngName).toBeDefined();
    const svg = (await parts.media(svgName!)).toString('utf8');
    expect(svg).toContain('<svg xmlns="http://www.w3.org/2000/svg"');
    expect(svg).toContain('<title>P chart (proportions) of Children ready for kindergarten</title>');
    const png = await parts.media(pngName!);
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect(png.readUInt32BE(16)).toBe(1440); // drawn at twice the chart's width
    // Word 2016+ reads the SVG through this extension; older Word shows the PNG.
    expect(parts.document).toContain('asvg:svgBlip');
  });

  it('leaves hidden sections out, and reads missing data as sentences', async () => {
    const hidden = wordText((await docxParts(await renderDocx(sampleReportDocument({ hidden: ['indicator'] }), EN))).document);
    expect(hidden).not.toContain('Indicator status');
    expect(hidden).not.toContain('Equity gaps');
    const empty = await docxParts(await renderDocx(withNulls(), EN));
    expect(wordText(empty.document)).toContain('No meetings were recorded in this period.');
    expect(empty.files.some((f) => f.startsWith('word/media/'))).toBe(false);
    expect(wordText(empty.document)).not.toMatch(/\bnull\b|\bundefined\b|NaN/);
  });

  it('draws light Markdown as bold and italic runs, never its asterisks', async () => {
    const parts = await docxParts(await renderDocx(sampleReportDocument({ narrative: { highlights: 'Readiness rose to **47%** in *four* schools.', challenges: '', asks: '- **Principals:** host a night' } }), EN));
    const text = wordText(parts.document);
    expect(text).toContain('Readiness rose to 47% in four schools.');
    expect(text).toContain('Principals: host a night');
    expect(text).not.toContain('**');
    expect(parts.document).toMatch(/<w:r><w:rPr><w:b\/><w:bCs\/><\/w:rPr><w:t xml:space="preserve">47%<\/w:t>/);
    expect(parts.document).toMatch(/<w:r><w:rPr><w:i\/><w:iCs\/><\/w:rPr><w:t xml:space="preserve">four<\/w:t>/);
  });

  it('keeps free text as escaped text', async () => {
    const parts = await docxParts(await renderDocx(sampleReportDocument({ narrative: { highlights: HOSTILE, challenges: '', asks: '' } }), EN));
    expect(parts.document).not.toContain('<script>');
    expect(wordText(parts.document)).toContain('Bring &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; snacks for Tom &amp; Jerry&apos;s class');
  });
});

// --- Jobs ---------------------------------------------------------------------------------------

let jobs: ExportJobs | undefined;
afterEach(async () => {
  await jobs?.close();
  jobs = undefined;
});

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Polls until every job has finished, recording each status seen. */
async function watch(registry: ExportJobs, ids: string[], owner: string, timeoutMs = 60_000) {
  const seen = new Map<string, ExportStatus[]>(ids.map((id) => [id, []]));
  const concurrent: number[] = [];
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const now = ids.map((id) => registry.exportStatus(id, owner)!);
    now.forEach((s, i) => seen.get(ids[i]!)!.push(s));
    concurrent.push(now.filter((s) => s.state === 'running').length);
    if (now.every((s) => s.state === 'done' || s.state === 'failed')) return { seen, concurrent };
    if (Date.now() > deadline) throw new Error('exports did not finish in time');
    await sleep(15);
  }
}

const states = (list: ExportStatus[]) => list.map((s) => s.state).filter((s, i, all) => s !== all[i - 1]);

describe('export jobs', () => {
  const start = (registry: ExportJobs, doc: ReportDocument, format: 'pdf' | 'docx' = 'pdf', ownerId = 'owner-1') =>
    registry.startExport({ doc, lang: 'en', format, ownerId, networkId: 1, fileName: `report.${format}` }).jobId;

  it('runs one job at a time: the second waits, each moves queued → running → done with growing progress', async () => {
    jobs = createExportJobs();
    const first = start(jobs, largeReportDocument());
    const second = start(jobs, sampleReportDocument(), 'docx');
    expect(jobs.exportStatus(second, 'owner-1')).toMatchObject({ state: 'queued', progress: 0, fileName: 'report.docx' });
    expect(jobs.takeExport(first, 'owner-1')).toBeNull(); // not finished yet
    const { seen, concurrent } = await watch(jobs, [first, second], 'owner-1');

    expect(Math.max(...concurrent)).toBe(1);
    expect(states(seen.get(first)!)).toEqual(['running', 'done']);
    expect(states(seen.get(second)!)).toEqual(['queued', 'running', 'done']);
    const progress = seen.get(first)!.map((s) => s.progress);
    progress.slice(1).forEach((p, i) => expect(p).toBeGreaterThanOrEqual(progress[i]!));
    expect(new Set(progress).size).toBeGreaterThan(3);
    expect(progress.at(-1)).toBe(1);
    // The steps come from the worker, section by section.
    expect(seen.get(first)!.some((s) => s.step === 'Writing Action plan progress')).toBe(true);

    const pdf = jobs.takeExport(first, 'owner-1')!;
    expect(pdf.contentType).toBe('application/pdf');
    expect(pdf.data.subarray(0, 5).toString()).toBe('%PDF-');
    const docx = jobs.takeExport(second, 'owner-1')!;
    expect(docx.contentType).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    expect(docx.data.subarray(0, 2).toString()).toBe('PK');
  });

  it('shows nothing of a job to anyone but its owner', async () => {
    jobs = createExportJobs();
    const id = start(jobs, sampleReportDocument());
    await watch(jobs, [id], 'owner-1');
    expect(jobs.exportStatus(id, 'someone-else')).toBeNull();
    expect(jobs.takeExport(id, 'someone-else')).toBeNull();
    expect(jobs.exportStatus('00000000-0000-4000-8000-000000000000', 'owner-1')).toBeNull();
    expect(jobs.takeExport(id, 'owner-1')).not.toBeNull();
  });

  it('marks a failing render failed with a readable message, and goes on with the next job', async () => {
    jobs = createExportJobs();
    const broken = start(jobs, { ...sampleReportDocument(), content: null } as unknown as ReportDocument);
    const fine = start(jobs, sampleReportDocument());
    const { seen } = await watch(jobs, [broken, fine], 'owner-1');
    const failed = seen.get(broken)!.at(-1)!;
    expect(failed.state).toBe('failed');
    expect(failed.error).toMatch(/^The PDF could not be made: /);
    expect(jobs.takeExport(broken, 'owner-1')).toBeNull();
    expect(seen.get(fine)!.at(-1)!.state).toBe('done');
  });

  it('marks a job failed when its worker dies', async () => {
    jobs = createExportJobs({ workerUrl: new URL('../helpers/crashing-export-worker.ts', import.meta.url) });
    const id = start(jobs, sampleReportDocument());
    const { seen } = await watch(jobs, [id], 'owner-1');
    expect(seen.get(id)!.at(-1)).toMatchObject({ state: 'failed', error: 'The export stopped unexpectedly (exit code 7). Please try again.' });
  });

  it('cancelling the running job stops its worker and starts the next; a queued one just leaves the queue', async () => {
    jobs = createExportJobs({ workerUrl: new URL('../helpers/hanging-export-worker.ts', import.meta.url) });
    const [a, b, c] = [start(jobs, sampleReportDocument()), start(jobs, sampleReportDocument()), start(jobs, sampleReportDocument())];
    expect(jobs.exportStatus(a, 'owner-1')!.state).toBe('running');
    expect(jobs.cancelExport(c, 'someone-else')).toBe(false);
    expect(jobs.cancelExport(c, 'owner-1')).toBe(true);
    expect(jobs.exportStatus(b, 'owner-1')!.step).toBe('Waiting for 1 export ahead of it');

    expect(jobs.cancelExport(a, 'owner-1')).toBe(true);
    expect(jobs.exportStatus(a, 'owner-1')).toBeNull();
    expect(jobs.exportStatus(b, 'owner-1')!.state).toBe('running');
    // a's worker really ends: only b's is left.
    for (let i = 0; jobs.liveWorkers() !== 1; i++) {
      if (i > 200) throw new Error(`${jobs.liveWorkers()} workers still alive`);
      await sleep(10);
    }
    expect(jobs.cancelExport(a, 'owner-1')).toBe(false);
  });

  it('refuses a fourth waiting or running job of one person; a request for the same file joins its job', async () => {
    jobs = createExportJobs({ workerUrl: new URL('../helpers/hanging-export-worker.ts', import.meta.url) });
    const key = (n: number) => ({ doc: sampleReportDocument(), lang: 'en', format: 'pdf' as const, networkId: 1, fileName: 'r.pdf', reuseKey: `k${n}` });
    const ids = [1, 2, 3].map((n) => jobs!.startExport({ ...key(n), ownerId: 'owner-1' }).jobId);
    expect(() => jobs!.startExport({ ...key(4), ownerId: 'owner-1' })).toThrow(/You already have 3 exports being prepared/);
    // Joining a job already under way adds no work, so it is never refused.
    expect(jobs.startExport({ ...key(2), ownerId: 'owner-1' }).jobId).toBe(ids[1]);
    expect(jobs.startExport({ ...key(2), ownerId: 'owner-2' }).jobId).toBe(ids[1]);
    // One of two people cancelling leaves the job to the other.
    expect(jobs.cancelExport(ids[1]!, 'owner-1')).toBe(true);
    expect(jobs.exportStatus(ids[1]!, 'owner-1')).toBeNull();
    expect(jobs.exportStatus(ids[1]!, 'owner-2')!.state).toBe('queued');
    expect(jobs.startExport({ ...key(4), ownerId: 'owner-1' }).jobId).not.toBe(ids[1]);
  });

  it('drops finished files after the time they are kept', async () => {
    jobs = createExportJobs({ keepMs: 100 });
    const id = start(jobs, sampleReportDocument());
    await watch(jobs, [id], 'owner-1');
    expect(jobs.takeExport(id, 'owner-1')).not.toBeNull();
    await sleep(250);
    expect(jobs.exportStatus(id, 'owner-1')).toBeNull();
    expect(jobs.takeExport(id, 'owner-1')).toBeNull();
  });

  it('keeps the event loop free while a large report renders', async () => {
    jobs = createExportJobs();
    let last = performance.now();
    let maxGap = 0;
    const ticker = setInterval(() => {
      const now = performance.now();
      maxGap = Math.max(maxGap, now - last);
      last = now;
    }, 10);
    const began = performance.now();
    const id = start(jobs, largeReportDocument());
    try {
      await watch(jobs, [id], 'owner-1');
    } finally {
      clearInterval(ticker);
    }
    const took = performance.now() - began;
    expect(jobs.exportStatus(id, 'owner-1')!.state).toBe('done');
    // Drawn on this thread, the render would stall the timer for its whole length. In a worker
    // the timer keeps ticking; the bound scales with the render, so a slow machine (where both
    // grow) passes too, and a blocked loop (gap ≈ the whole render) fails anywhere.
    expect(took).toBeGreaterThan(300);
    expect(maxGap).toBeLessThan(Math.max(200, took / 3));
  });
});

// --- HTTP download ------------------------------------------------------------------------------

describe('GET /api/exports/:jobId', () => {
  let t: TestApp | undefined;
  afterEach(async () => {
    await t?.close();
    t = undefined;
  });

  /** A member of the app's one network (made on first use), signed in. */
  async function signedIn(app: TestApp) {
    const person = await makeUser(app.db);
    networkId ??= makeNetwork(app.db);
    addMember(app.db, networkId, person.id, 'member');
    const res = await signIn(app.app, person.email, TEST_PASSWORD);
    expect(res.statusCode).toBe(200);
    return { person, cookie: cookieFrom(res) };
  }
  let networkId: number | undefined;
  afterEach(() => {
    networkId = undefined;
  });

  it('sends the owner the finished file, refuses everyone else', async () => {
    t = await testApp();
    const owner = await signedIn(t);
    const other = await signedIn(t);
    const fileName = 'Progrès — Fall 2026 "final".pdf';
    const { jobId } = exportJobs.startExport({ doc: sampleReportDocument(), lang: 'en', format: 'pdf', ownerId: owner.person.id, networkId: networkId!, fileName });
    await watch(exportJobs, [jobId], owner.person.id);

    // PDFs are compressed already: the bytes arrive exactly as made, even to a client that takes brotli.
    const res = await t.app.inject({ method: 'GET', url: `/api/exports/${jobId}`, headers: { cookie: owner.cookie, 'accept-encoding': 'br, gzip' } });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-encoding']).toBeUndefined();
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.headers['cache-control']).toBe('no-store');
    expect(res.headers['content-disposition']).toBe(`attachment; filename="Progres _ Fall 2026 _final_.pdf"; filename*=UTF-8''Progr%C3%A8s%20%E2%80%94%20Fall%202026%20%22final%22.pdf`);
    expect(res.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    expect(res.rawPayload.equals(exportJobs.takeExport(jobId, owner.person.id)!.data)).toBe(true);

    const stranger = await t.app.inject({ method: 'GET', url: `/api/exports/${jobId}`, headers: { cookie: other.cookie } });
    expect(stranger.statusCode).toBe(404);
    expect(stranger.json()).toMatchObject({ message: expect.stringContaining('not ready') });

    const anonymous = await t.app.inject({ method: 'GET', url: `/api/exports/${jobId}` });
    expect(anonymous.statusCode).toBe(401);
    expect(anonymous.json()).toMatchObject({ message: 'Sign in to download this export.' });

    const unknown = await t.app.inject({ method: 'GET', url: '/api/exports/not-a-job', headers: { cookie: owner.cookie } });
    expect(unknown.statusCode).toBe(404);
  });

  it('sends a Word document with its type', async () => {
    t = await testApp();
    const owner = await signedIn(t);
    const { jobId } = exportJobs.startExport({ doc: sampleReportDocument(), lang: 'en', format: 'docx', ownerId: owner.person.id, networkId: networkId!, fileName: 'report.docx' });
    await watch(exportJobs, [jobId], owner.person.id);
    const res = await t.app.inject({ method: 'GET', url: `/api/exports/${jobId}`, headers: { cookie: owner.cookie } });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    expect(res.headers['content-disposition']).toBe(`attachment; filename="report.docx"; filename*=UTF-8''report.docx`);
  });

  it('checks at the download that the person may still read the network’s reports (issue 14, item 9)', async () => {
    t = await testApp();
    const owner = await signedIn(t);
    const { jobId } = exportJobs.startExport({ doc: sampleReportDocument(), lang: 'en', format: 'pdf', ownerId: owner.person.id, networkId: networkId!, fileName: 'report.pdf' });
    await watch(exportJobs, [jobId], owner.person.id);
    const download = () => t!.app.inject({ method: 'GET', url: `/api/exports/${jobId}`, headers: { cookie: owner.cookie } });
    expect((await download()).statusCode).toBe(200);

    t.db.delete(membership).where(and(eq(membership.networkId, networkId!), eq(membership.userId, owner.person.id))).run();
    const refused = await download();
    expect(refused.statusCode).toBe(403);
    expect(refused.headers['content-type']).toMatch(/^application\/json/);
    expect(refused.json()).toEqual({ code: 'FORBIDDEN', message: 'You no longer have access to this network’s reports, so this export is not available to you.' });
  });

  it('names a file safely whatever its title', () => {
    expect(contentDisposition('a/b\\c\r\n.pdf')).toBe(`attachment; filename="abc.pdf"; filename*=UTF-8''abc.pdf`);
    expect(contentDisposition('')).toBe(`attachment; filename="export"; filename*=UTF-8''export`);
  });
});
