import { z } from 'zod';
import { NARRATIVE_PARTS, REPORT_SECTIONS } from '../../../shared/report/content.ts';
import { mergeDraft, sameDraft } from '../../../shared/report/draft.ts';
import type { ReportDraftFields } from '../../../shared/schemas/report.ts';
import { deviceDraft } from '../../lib/device-draft.ts';
import type { DraftConflict } from './conflict-view.tsx';

/**
 * The composer's unsaved words, kept in this browser so a reload or a lost connection loses
 * nothing. `base` is the saved draft they were started from: on return, a newer saved draft is
 * merged with them part by part (mergeDraft), never silently replaced.
 */
export type LocalReportDraft = { baseVersion: number; base: ReportDraftFields; mine: ReportDraftFields; savedAt: number };

// Looser than the save schema on purpose: half-typed work (an empty title, a period that ends
// before it starts) is still worth keeping.
const fields = z.object({
  title: z.string(),
  from: z.string(),
  to: z.string(),
  timeZone: z.string(),
  narrative: z.object(Object.fromEntries(NARRATIVE_PARTS.map((p) => [p, z.string()])) as Record<(typeof NARRATIVE_PARTS)[number], z.ZodString>),
  featuredCycleIds: z.array(z.number().int()),
  hidden: z.array(z.enum(REPORT_SECTIONS)),
});

const schema = z.object({ baseVersion: z.number().int().min(1), base: fields, mine: fields, savedAt: z.number() });

/** One store per report: a facilitator may have two reports in progress. */
export const reportDraftStore = (reportId: number) => deviceDraft<LocalReportDraft>(`report-draft-${reportId}`, schema);

/** A saved draft and its version: what the composer's words are measured and saved against. */
export type SavedDraft = { version: number; draft: ReportDraftFields };

/** What opening the composer starts from: the saved draft, or this device's unsaved words merged into it. */
export function restoreDraft(saved: SavedDraft, local: LocalReportDraft | null) {
  if (!local || sameDraft(local.mine, saved.draft)) return { base: saved, draft: saved.draft, conflict: null, restored: null };
  if (local.baseVersion === saved.version) return { base: saved, draft: local.mine, conflict: null, restored: local };
  const { merged, conflicts } = mergeDraft(local.base, local.mine, saved.draft);
  const conflict: DraftConflict | null = conflicts.length ? { mine: local.mine, theirs: saved, merged, conflicts } : null;
  return { base: saved, draft: merged, conflict, restored: local };
}
