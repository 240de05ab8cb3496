import { describe, expect, it } from 'vitest';
import { cycleFormSchema, emptyCycleForm, mergeChanged, SECTION_FIELDS, toCycleFields } from '../../client/features/cycles/form/cycle-form-values.ts';

const OWNER = 'owner-1';

describe('the measures a cycle names, in its form', () => {
  it('sends the ticked measures as ids, and none when nothing is ticked', () => {
    const v = { ...emptyCycleForm(OWNER), title: 'Tips by text', questions: [] };
    expect(toCycleFields(v).indicatorIds).toEqual([]);
    expect(toCycleFields({ ...v, indicatorIds: ['7', '12'] }).indicatorIds).toEqual([7, 12]);
  });

  it('are edited with the details, and a save after a conflict keeps someone else’s choice unless this person changed it', () => {
    expect(SECTION_FIELDS.details).toContain('indicatorIds');
    const base = { ...emptyCycleForm(OWNER), indicatorIds: ['3'] };
    const mine = { ...emptyCycleForm(OWNER), title: 'Mine', indicatorIds: ['4'] };
    expect(mergeChanged(base, mine, new Set(['title'] as const)).indicatorIds).toEqual(['3']);
    expect(mergeChanged(base, mine, new Set(['indicatorIds'] as const)).indicatorIds).toEqual(['4']);
  });

  it('are checked by the shared rules: at most 20, the message on the field', () => {
    const v = { ...emptyCycleForm(OWNER), title: 'Tips by text', questions: [], indicatorIds: Array.from({ length: 21 }, (_, i) => String(i + 1)) };
    const result = cycleFormSchema(1, SECTION_FIELDS.details).safeParse(v);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.path[0])).toEqual(['indicatorIds']);
    expect(cycleFormSchema(1, SECTION_FIELDS.details).safeParse({ ...v, indicatorIds: v.indicatorIds.slice(0, 20) }).success).toBe(true);
  });
});
