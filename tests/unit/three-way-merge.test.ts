import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CHARTER_LENS } from '../../shared/domain/charter.ts';
import { changedParts, threeWayMerge, type PartLens } from '../../shared/domain/three-way-merge.ts';
import { REPORT_SECTIONS } from '../../shared/report/content.ts';
import { DRAFT_LENS, mergeDraft, sameDraft } from '../../shared/report/draft.ts';
import { CHARTER_ROLES, CHARTER_SECTIONS, type CharterRole, type CharterSection } from '../../shared/schemas/charter.ts';
import type { ReportDraftFields } from '../../shared/schemas/report.ts';

// The merge every editor shares (charter, report draft), checked on any documents: a small
// alphabet of values makes sides agree and disagree often.

const PARTS = ['a', 'b', 'c', 'd'] as const;
type Part = (typeof PARTS)[number];
type Doc = Record<Part, string | null>;

const lens: PartLens<Doc, Part> = {
  parts: PARTS,
  value: (doc, part) => doc[part],
  take: (doc, source, part) => ({ ...doc, [part]: source[part] }),
};

const valueArb = fc.constantFrom<string | null>('', 'x', 'y', 'z', null);
const docArb = fc.record(Object.fromEntries(PARTS.map((p) => [p, valueArb])) as Record<Part, fc.Arbitrary<string | null>>);
const merge = (base: Doc, mine: Doc, theirs: Doc) => threeWayMerge(lens, base, mine, theirs);

describe('threeWayMerge', () => {
  it('takes theirs when I changed nothing', () => {
    fc.assert(
      fc.property(docArb, docArb, (base, theirs) => {
        expect(merge(base, base, theirs)).toEqual({ merged: theirs, conflicts: [] });
      }),
    );
  });

  it('takes mine when they changed nothing', () => {
    fc.assert(
      fc.property(docArb, docArb, (base, mine) => {
        expect(merge(base, mine, base)).toEqual({ merged: mine, conflicts: [] });
      }),
    );
  });

  it('takes the shared result when both made the same changes', () => {
    fc.assert(
      fc.property(docArb, docArb, (base, same) => {
        expect(merge(base, same, same)).toEqual({ merged: same, conflicts: [] });
      }),
    );
  });

  it('decides every part by who changed it', () => {
    fc.assert(
      fc.property(docArb, docArb, docArb, (base, mine, theirs) => {
        const { merged, conflicts } = merge(base, mine, theirs);
        for (const part of PARTS) {
          const iChanged = mine[part] !== base[part];
          const theyChanged = theirs[part] !== base[part];
          const conflict = iChanged && theyChanged && mine[part] !== theirs[part];
          expect(conflicts.includes(part)).toBe(conflict);
          // A conflict keeps theirs until the person decides; otherwise the side that changed wins.
          expect(merged[part]).toBe(iChanged && !theyChanged ? mine[part] : theirs[part]);
        }
        expect(conflicts).toEqual(PARTS.filter((p) => conflicts.includes(p)));
      }),
    );
  });

  it('names a part both changed differently', () => {
    const base: Doc = { a: 'x', b: 'x', c: null, d: '' };
    const { merged, conflicts } = merge(base, { ...base, b: 'y', c: 'x' }, { ...base, b: 'z', d: 'y' });
    expect(conflicts).toEqual(['b']);
    expect(merged).toEqual({ a: 'x', b: 'z', c: 'x', d: 'y' });
  });

  it('leaves the documents it was given alone', () => {
    fc.assert(
      fc.property(docArb, docArb, docArb, (base, mine, theirs) => {
        const copies = structuredClone([base, mine, theirs]);
        merge(base, mine, theirs);
        expect([base, mine, theirs]).toEqual(copies);
      }),
    );
  });
});

describe('changedParts', () => {
  it('lists exactly the parts that differ, in order', () => {
    fc.assert(
      fc.property(docArb, docArb, (x, y) => {
        expect(changedParts(lens, x, y)).toEqual(PARTS.filter((p) => x[p] !== y[p]));
        expect(changedParts(lens, x, x)).toEqual([]);
      }),
    );
  });
});

// Each editor's lens must read back what it takes, and touch no other part: otherwise the merge
// would drop or invent edits however right the rule above is.
const text = fc.constantFrom('', 'x', 'y');
const charterArb = fc.record({
  sections: fc.record(Object.fromEntries(CHARTER_SECTIONS.map((s) => [s, text])) as Record<CharterSection, fc.Arbitrary<string>>),
  people: fc.record(Object.fromEntries(CHARTER_ROLES.map((r) => [r, fc.constantFrom(null, 'u1', 'u2')])) as Record<CharterRole, fc.Arbitrary<string | null>>),
});
const draftArb = fc.record({
  title: text,
  from: fc.constantFrom('2026-01-01', '2026-02-01'),
  to: fc.constantFrom('2026-06-30', '2026-07-31'),
  timeZone: fc.constantFrom('UTC', 'America/Chicago'),
  narrative: fc.record({ highlights: text, challenges: text, asks: text }),
  featuredCycleIds: fc.array(fc.constantFrom(1, 2, 3), { maxLength: 3 }),
  hidden: fc.shuffledSubarray([...REPORT_SECTIONS]),
}) satisfies fc.Arbitrary<ReportDraftFields>;

function lensLaws<T, P extends string>(name: string, lens: PartLens<T, P>, arb: fc.Arbitrary<T>) {
  it(`${name}: taking a part copies exactly that part`, () => {
    fc.assert(
      fc.property(arb, arb, fc.constantFrom(...lens.parts), (doc, source, part) => {
        const took = lens.take(doc, source, part);
        expect(lens.value(took, part)).toBe(lens.value(source, part));
        expect(changedParts(lens, took, doc).filter((p) => p !== part)).toEqual([]);
      }),
    );
  });
  it(`${name}: the merge keeps the shared result and finds no conflict where both agree`, () => {
    fc.assert(
      fc.property(arb, arb, (base, same) => {
        const { merged, conflicts } = threeWayMerge(lens, base, same, structuredClone(same));
        expect(conflicts).toEqual([]);
        expect(changedParts(lens, merged, same)).toEqual([]);
      }),
    );
  });
}

describe('the editors’ parts', () => {
  lensLaws('charter', CHARTER_LENS, charterArb);
  lensLaws('report draft', DRAFT_LENS, draftArb);

  it('a report draft’s hidden sections agree in any order', () => {
    fc.assert(
      fc.property(draftArb, (draft) => {
        const reordered = { ...draft, hidden: [...draft.hidden].reverse() };
        expect(mergeDraft(draft, reordered, draft).conflicts).toEqual([]);
        expect(sameDraft(draft, reordered)).toBe(true);
      }),
    );
  });
});
