import { z } from 'zod';
import { message } from '../i18n/message.ts';
import { NARRATIVE_PARTS, REPORT_SECTIONS } from '../report/content.ts';
import { isTimeZone } from '../report/zone.ts';
import { idSchema, isoDateSchema, languageCodeSchema } from './common.ts';

export const NARRATIVE_MAX = 20_000;
/** Long enough for a five-year look back; longer periods are better as several reports. */
const MAX_PERIOD_YEARS = 5;

const title = z.string().trim().min(1, message('validation:report.giveTheReportATitle')).max(200, message('validation:report.keepTheTitleUnder200'));
const narrativeText = z.string().max(NARRATIVE_MAX, message('validation:common.keepItUnder', { max: NARRATIVE_MAX }));

export const narrativeSchema = z.object(Object.fromEntries(NARRATIVE_PARTS.map((p) => [p, narrativeText])) as Record<(typeof NARRATIVE_PARTS)[number], typeof narrativeText>);

export const timeZoneSchema = z.string().min(1).max(64).refine(isTimeZone, message('validation:report.chooseATimeZoneSuch'));

const periodFields = { from: isoDateSchema, to: isoDateSchema, timeZone: timeZoneSchema };

/** The day the same date falls on `years` later (29 February moves to 1 March). */
function yearsLater(date: string, years: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const t = new Date(Date.UTC(2000, m - 1, d));
  t.setUTCFullYear(y + years, m - 1, d); // setUTCFullYear, unlike Date.UTC, keeps years below 100
  return t.toISOString().slice(0, 10);
}

/** The period's end is not before its start, and it spans at most five years. */
function checkPeriod(p: { from: string; to: string }, ctx: z.RefinementCtx) {
  if (p.to < p.from) ctx.addIssue({ code: 'custom', path: ['to'], message: message('validation:report.thePeriodEndsBeforeIt') });
  // Counted in calendar years, not days: 1 Jan 2021 through 31 Dec 2025 is five years, one more day is not.
  else if (p.to >= yearsLater(p.from, MAX_PERIOD_YEARS)) ctx.addIssue({ code: 'custom', path: ['to'], message: message('validation:report.keepThePeriodUnderFive') });
}

export const reportCreateSchema = z.object({ networkId: idSchema, title, ...periodFields }).superRefine(checkPeriod);
export type ReportCreateInput = z.infer<typeof reportCreateSchema>;

/** What the facilitator edits; `version` is the draft they started from (a stale one is a conflict). */
export const reportDraftFields = z.object({
  title,
  ...periodFields,
  narrative: narrativeSchema,
  featuredCycleIds: z.array(idSchema).max(50, message('validation:report.featureAtMost50Learnings')).refine((ids) => new Set(ids).size === ids.length, message('validation:report.aLearningIsFeaturedTwice')),
  hidden: z.array(z.enum(REPORT_SECTIONS)).max(REPORT_SECTIONS.length),
});
export type ReportDraftFields = z.infer<typeof reportDraftFields>;

export const reportSaveSchema = reportDraftFields
  .extend({ networkId: idSchema, reportId: idSchema, version: z.number().int().min(1) })
  .superRefine(checkPeriod);
export type ReportSaveInput = z.infer<typeof reportSaveSchema>;

/** A report version's language: any the catalogues have (the server checks). */
export const reportLanguageSchema = languageCodeSchema;

export const reportPublishSchema = z.object({
  networkId: idSchema,
  reportId: idSchema,
  /** The draft version the publisher saw: what they read is what is published. */
  version: z.number().int().min(1),
  /** Required for a correction (any publication after the first). */
  note: z.string().trim().max(1000, message('validation:report.keepTheNoteUnder1')).default(''),
  /** The language the version is written in (else the reader's); the same draft can be published in each. */
  language: reportLanguageSchema.optional(),
});

export const reportRefSchema = z.object({ networkId: idSchema, reportId: idSchema });
export const reportVersionRefSchema = reportRefSchema.extend({ number: z.number().int().min(1) });
