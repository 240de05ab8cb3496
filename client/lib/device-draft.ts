import type { z } from 'zod';

export type DeviceDraft<T> = {
  read(networkId: number, userId: string): T | null;
  /** False when the browser refused (storage full or blocked), so the screen can say so. */
  write(networkId: number, userId: string, draft: T): boolean;
  clear(networkId: number, userId: string): void;
};

/**
 * Unsaved work kept in this browser, so a reload, a crash or a dropped connection loses nothing.
 * Keyed by kind, network and person: a shared computer keeps each person's work apart. What is
 * read back is checked against the schema; a damaged or outdated entry reads as none.
 */
export function deviceDraft<T>(kind: string, schema: z.ZodType<T>): DeviceDraft<T> {
  const key = (networkId: number, userId: string) => `needle:${kind}:${networkId}:${userId}`;
  return {
    read(networkId: number, userId: string): T | null {
      try {
        const raw = localStorage.getItem(key(networkId, userId));
        if (!raw) return null;
        const parsed = schema.safeParse(JSON.parse(raw));
        return parsed.success ? parsed.data : null;
      } catch {
        // Storage blocked (private mode, policy) or a damaged entry: as if there were none.
        return null;
      }
    },
    write(networkId: number, userId: string, draft: T): boolean {
      try {
        localStorage.setItem(key(networkId, userId), JSON.stringify(draft));
        return true;
      } catch {
        return false;
      }
    },
    clear(networkId: number, userId: string): void {
      try {
        localStorage.removeItem(key(networkId, userId));
      } catch {
        // A draft that cannot be removed could not have been written either.
      }
    },
  };
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
