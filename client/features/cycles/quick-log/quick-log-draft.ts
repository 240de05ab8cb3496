import { z } from 'zod';
import { deviceDraft } from '../../../lib/device-draft.ts';
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

const store = deviceDraft<QuickLogDraft>('quick-log', draftSchema);

export const readQuickLogDraft = store.read;
export const clearQuickLogDraft = store.clear;

/** Stamps the time itself; false when the browser refused (storage full or blocked). */
export function writeQuickLogDraft(networkId: number, userId: string, draft: Omit<QuickLogDraft, 'savedAt'>): boolean {
  return store.write(networkId, userId, { ...draft, savedAt: Date.now() });
}
