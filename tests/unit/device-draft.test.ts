import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { emptyCharter } from '../../shared/domain/charter.ts';
import type { ReportDraftFields } from '../../shared/schemas/report.ts';
import { hasUnsavedChanges } from '../../client/features/charter/local-draft.ts';
import { restoreDraft, type LocalReportDraft } from '../../client/features/reports/local-draft.ts';
import { deviceDraft, storageWorks } from '../../client/lib/device-draft.ts';

// Unsaved work kept in the browser: what is kept, what reads back, and what an editor opens with.
// Node has no localStorage: a small Storage stands in for the browser's, refusing on request.

function memoryStorage(refuse: { writes?: boolean; reads?: boolean } = {}): Storage {
  const items = new Map<string, string>();
  return {
    get length() {
      return items.size;
    },
    key: (i) => [...items.keys()][i] ?? null,
    getItem(key) {
      if (refuse.reads) throw new DOMException('blocked', 'SecurityError');
      return items.get(key) ?? null;
    },
    setItem(key, value) {
      if (refuse.writes) throw new DOMException('full', 'QuotaExceededError');
      items.set(key, String(value));
    },
    removeItem: (key) => void items.delete(key),
    clear: () => items.clear(),
  };
}

const store = deviceDraft('note', z.object({ text: z.string(), savedAt: z.number() }));

describe('deviceDraft', () => {
  beforeEach(() => vi.stubGlobal('localStorage', memoryStorage()));
  afterEach(() => vi.unstubAllGlobals());

  it('reads back what was written, for that network and person only', () => {
    expect(store.read(1, 'ana')).toBeNull();
    expect(store.write(1, 'ana', { text: 'Hello', savedAt: 5 })).toBe(true);
    expect(store.read(1, 'ana')).toEqual({ text: 'Hello', savedAt: 5 });
    expect(store.read(2, 'ana')).toBeNull();
    expect(store.read(1, 'ben')).toBeNull();
    expect(deviceDraft('other', z.object({ text: z.string() })).read(1, 'ana')).toBeNull();
  });

  it('forgets a cleared draft', () => {
    store.write(1, 'ana', { text: 'Hello', savedAt: 5 });
    store.clear(1, 'ana');
    expect(store.read(1, 'ana')).toBeNull();
  });

  it('reads a damaged or outdated entry as none', () => {
    localStorage.setItem('needle:note:1:ana', '{not json');
    expect(store.read(1, 'ana')).toBeNull();
    localStorage.setItem('needle:note:1:ana', JSON.stringify({ body: 'an older shape' }));
    expect(store.read(1, 'ana')).toBeNull();
  });

  it('says when the browser refuses to keep anything', () => {
    vi.stubGlobal('localStorage', memoryStorage({ writes: true }));
    expect(store.write(1, 'ana', { text: 'Hello', savedAt: 5 })).toBe(false);
    expect(storageWorks()).toBe(false);
    vi.stubGlobal('localStorage', memoryStorage({ reads: true }));
    expect(store.read(1, 'ana')).toBeNull();
    expect(() => store.clear(1, 'ana')).not.toThrow();
  });
});

describe('charter: unsaved changes', () => {
  const reference = { ...emptyCharter(), sections: { ...emptyCharter().sections, aim: 'Aim' } };
  it('counts a changed part or a change note, not blank space', () => {
    expect(hasUnsavedChanges(reference, '', reference)).toBe(false);
    expect(hasUnsavedChanges(reference, '  \n', reference)).toBe(false);
    expect(hasUnsavedChanges(reference, 'Fixed a typo', reference)).toBe(true);
    expect(hasUnsavedChanges({ ...reference, people: { ...reference.people, convener: 'u1' } }, '', reference)).toBe(true);
  });
});

describe('report composer: what it opens with', () => {
  const saved: ReportDraftFields = {
    title: 'Board update',
    from: '2026-09-01',
    to: '2026-11-30',
    timeZone: 'America/Chicago',
    narrative: { highlights: 'H', challenges: 'C', asks: 'A' },
    featuredCycleIds: [],
    hidden: [],
  };
  const local = (baseVersion: number, base: ReportDraftFields, mine: ReportDraftFields): LocalReportDraft => ({ baseVersion, base, mine, savedAt: 1 });
  const mine = { ...saved, narrative: { ...saved.narrative, highlights: 'Mine' } };

  it('opens the saved draft when this device keeps nothing new', () => {
    expect(restoreDraft({ version: 3, draft: saved }, null)).toEqual({ base: { version: 3, draft: saved }, draft: saved, conflict: null, restored: null });
    expect(restoreDraft({ version: 4, draft: saved }, local(3, saved, saved)).restored).toBeNull();
  });

  it('restores this device’s words written on the newest saved version', () => {
    const kept = local(3, saved, mine);
    expect(restoreDraft({ version: 3, draft: saved }, kept)).toEqual({ base: { version: 3, draft: saved }, draft: mine, conflict: null, restored: kept });
  });

  it('merges this device’s words into a newer saved version', () => {
    const theirs = { ...saved, title: 'Their title' };
    const kept = local(3, saved, mine);
    const opened = restoreDraft({ version: 4, draft: theirs }, kept);
    expect(opened.draft).toEqual({ ...theirs, narrative: mine.narrative });
    expect(opened.conflict).toBeNull();
    expect(opened.restored).toBe(kept);
  });

  it('asks about parts both changed', () => {
    const theirs = { ...saved, narrative: { ...saved.narrative, highlights: 'Theirs' } };
    const opened = restoreDraft({ version: 4, draft: theirs }, local(3, saved, mine));
    expect(opened.conflict).toEqual({ mine, theirs: { version: 4, draft: theirs }, merged: theirs, conflicts: ['highlights'] });
    expect(opened.draft).toEqual(theirs);
  });
});
