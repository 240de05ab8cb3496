import { z } from 'zod';
import { changedParts } from '../../../shared/domain/charter.ts';
import { charterContentSchema, type CharterContent } from '../../../shared/schemas/charter.ts';
import { deviceDraft } from '../../lib/device-draft.ts';

/**
 * The editor's unsaved text, kept in this browser so a reload, a crash or a dropped connection
 * never loses it. Keyed by network and person: a shared computer keeps each person's apart.
 */
export type LocalDraft = {
  /** The version the text was started from: saving against an older one leads to a merge. */
  baseVersion: number;
  content: CharterContent;
  changeNote: string;
  savedAt: number;
};

const localDraftSchema = z.object({
  baseVersion: z.number().int().min(0),
  content: charterContentSchema,
  changeNote: z.string(),
  savedAt: z.number(),
});

export const charterDraftStore = deviceDraft<LocalDraft>('charter-draft', localDraftSchema);

/** Whether there is anything to save (or to keep on the device) against the version started from. */
export function hasUnsavedChanges(content: CharterContent, changeNote: string, reference: CharterContent): boolean {
  return changedParts(content, reference).length > 0 || changeNote.trim() !== '';
}
