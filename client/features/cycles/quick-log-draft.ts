import { z } from 'zod';
import { quickLogFormShape, type QuickLogFormValues } from './quick-log-values.ts';

/**
 * A quick log on its way: the client id and what was typed, kept on this phone until the server
 * confirms, so a reload, a dead battery or a dropped connection loses nothing, and sending it
 * again carries the same client id (the server never makes two). Keyed by network and person.
 */
export type QuickLogDraft = {
  clientId: string;
  values: QuickLogFormValues;
  /** What the first attempt sent: a repeat that finds the cycle made then did not save later edits. */
  firstSent: QuickLogFormValues | null;
  savedAt: number;
};

const draftSchema = z.object({
  clientId: z.uuid(),
  values: quickLogFormShape,
  firstSent: quickLogFormShape.nullable(),
  savedAt: z.number(),
});

function key(networkId: number, userId: string) {
  return `needle:quick-log:${networkId}:${userId}`;
}

export function readQuickLogDraft(networkId: number, userId: string): QuickLogDraft | null {
  try {
    const raw = localStorage.getItem(key(networkId, userId));
    if (!raw) return null;
    const parsed = draftSchema.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : null;
  } catch {
    // Storage blocked or a damaged entry: as if there were none.
    return null;
  }
}

/** Stamps the time itself; false when the browser refused (storage full or blocked). */
export function writeQuickLogDraft(networkId: number, userId: string, draft: Omit<QuickLogDraft, 'savedAt'>): boolean {
  try {
    localStorage.setItem(key(networkId, userId), JSON.stringify({ ...draft, savedAt: Date.now() } satisfies QuickLogDraft));
    return true;
  } catch {
    return false;
  }
}

export function clearQuickLogDraft(networkId: number, userId: string): void {
  try {
    localStorage.removeItem(key(networkId, userId));
  } catch {
    // A draft that cannot be removed could not have been written either.
  }
}

/** Whether this browser keeps anything at all (private modes and policies can refuse). */
export function storageWorks(): boolean {
  try {
    const probe = 'needle:probe';
    localStorage.setItem(probe, '1');
    localStorage.removeItem(probe);
    return true;
  } catch {
    return false;
  }
}
