import { z } from 'zod';
import { charterContentSchema, type CharterContent } from '../../../shared/schemas/charter.ts';

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

function key(networkId: number, userId: string) {
  return `needle:charter-draft:${networkId}:${userId}`;
}

export function readDraft(networkId: number, userId: string): LocalDraft | null {
  try {
    const raw = localStorage.getItem(key(networkId, userId));
    if (!raw) return null;
    const parsed = localDraftSchema.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : null;
  } catch {
    // Storage blocked (private mode, policy) or a damaged entry: behave as if there were none.
    return null;
  }
}

/** False when the browser refused (storage full or blocked): the editor says so. */
export function writeDraft(networkId: number, userId: string, draft: LocalDraft): boolean {
  try {
    localStorage.setItem(key(networkId, userId), JSON.stringify(draft));
    return true;
  } catch {
    return false;
  }
}

export function clearDraft(networkId: number, userId: string): void {
  try {
    localStorage.removeItem(key(networkId, userId));
  } catch {
    // Nothing to do: a draft that cannot be removed could not have been written either.
  }
}
