import { describe, expect, it } from 'vitest';
import {
  changedParts,
  charterSectionInfo,
  charterStatus,
  emptyCharter,
  mergeCharter,
  ratifiedVersion,
  resolvePart,
  reviewBlock,
} from '../../shared/domain/charter.ts';
import { CHARTER_SECTIONS, type CharterContent } from '../../shared/schemas/charter.ts';
import { wordsFor } from '../../server/i18n.ts';

const en = wordsFor('en');
const es = wordsFor('es');
const say = (block: ReturnType<typeof reviewBlock>, w = en) => block && w.t(block.key, block.values);

function charter(text: Partial<CharterContent['sections']>, people: Partial<CharterContent['people']> = {}): CharterContent {
  const empty = emptyCharter();
  return { sections: { ...empty.sections, ...text }, people: { ...empty.people, ...people } };
}

describe('mergeCharter', () => {
  const base = charter({ aim: 'Aim', scope: 'Scope', meetings: 'Monthly' }, { convener: 'u1' });

  it('takes parts only I changed into the newest version, and keeps parts only they changed', () => {
    const mine = charter({ aim: 'My aim', scope: 'Scope', meetings: 'Monthly' }, { convener: 'u1' });
    const theirs = charter({ aim: 'Aim', scope: 'Their scope', meetings: 'Monthly' }, { convener: 'u2' });
    const { merged, conflicts } = mergeCharter(base, mine, theirs);
    expect(conflicts).toEqual([]);
    expect(merged.sections).toMatchObject({ aim: 'My aim', scope: 'Their scope', meetings: 'Monthly' });
    expect(merged.people.convener).toBe('u2');
  });

  it('reports a part both changed differently as a conflict, leaving theirs in place', () => {
    const mine = charter({ aim: 'My aim', scope: 'Scope', meetings: 'Monthly' }, { convener: 'u3' });
    const theirs = charter({ aim: 'Their aim', scope: 'Scope', meetings: 'Weekly' }, { convener: 'u2' });
    const { merged, conflicts } = mergeCharter(base, mine, theirs);
    expect(conflicts).toEqual(['aim', 'people.convener']);
    expect(merged.sections.aim).toBe('Their aim');
    expect(merged.sections.meetings).toBe('Weekly');
  });

  it('sees no conflict where both made the same change', () => {
    const same = charter({ aim: 'Shared aim', scope: 'Scope', meetings: 'Monthly' }, { convener: 'u1' });
    expect(mergeCharter(base, same, same)).toEqual({ merged: same, conflicts: [] });
  });

  it('resolves a conflict with combined text or a chosen person', () => {
    const resolved = resolvePart(resolvePart(base, 'aim', 'Both aims'), 'people.dataLead', 'u9');
    expect(resolved.sections.aim).toBe('Both aims');
    expect(resolved.people.dataLead).toBe('u9');
    expect(changedParts(base, resolved)).toEqual(['aim', 'people.dataLead']);
  });
});

describe('charter status and review', () => {
  it('follows a charter from empty through draft, return and ratification', () => {
    expect(charterStatus(0, [])).toEqual({ kind: 'empty' });
    expect(charterStatus(1, [])).toEqual({ kind: 'draft', version: 1 });
    const returned = [{ version: 1, decision: 'returned' as const }];
    expect(charterStatus(1, returned)).toEqual({ kind: 'returned', version: 1 });
    expect(charterStatus(2, returned)).toEqual({ kind: 'draft', version: 2 });
    const ratified = [...returned, { version: 2, decision: 'ratified' as const }];
    expect(charterStatus(2, ratified)).toEqual({ kind: 'ratified', version: 2 });
    expect(ratifiedVersion(ratified)).toBe(2);
    expect(charterStatus(3, ratified)).toEqual({ kind: 'draft', version: 3 });
    expect(ratifiedVersion(returned)).toBeNull();
  });

  it('lets a lead review only the newest version, once ratified never again', () => {
    expect(say(reviewBlock(3, 2, []))).toBe('Only the newest version (3) can be reviewed.');
    expect(reviewBlock(3, 3, [])).toBeNull();
    expect(reviewBlock(3, 3, [{ version: 3, decision: 'returned' }])).toBeNull();
    expect(say(reviewBlock(3, 3, [{ version: 3, decision: 'ratified' }]))).toBe('Version 3 is already ratified.');
  });

  it('says why in the reader\'s language', () => {
    expect(say(reviewBlock(3, 2, []), es)).toBe('Solo se puede revisar la versión más reciente (3).');
    expect(say(reviewBlock(3, 3, [{ version: 3, decision: 'ratified' }]), es)).toBe('La versión 3 ya está ratificada.');
  });
});

describe("the charter's frame", () => {
  it('gives every section a title and help, and the aim an example, in English as before', () => {
    expect(charterSectionInfo(en, 'aim')).toEqual({
      title: 'Aim statement',
      help: 'What will improve, for whom, by how much, by when. Specific, measurable and dated.',
      example: 'By June 2028, raise the share of kindergartners assessed as ready from 45% to 60% in the five focus schools.',
    });
    expect(charterSectionInfo(en, 'meetings')).toEqual({ title: 'Meeting cadence', help: 'How often the network meets, for how long, and where.' });
  });

  it('reads in Spanish, every section in its own words', () => {
    expect(charterSectionInfo(es, 'aim').title).toBe('Declaración del objetivo');
    expect(charterSectionInfo(es, 'aim').example).toMatch(/^Para junio de 2028/);
    expect(charterSectionInfo(es, 'dataSharing').title).toBe('Acuerdo para compartir datos y proteger la privacidad');
    for (const section of CHARTER_SECTIONS) {
      const [english, spanish] = [charterSectionInfo(en, section), charterSectionInfo(es, section)];
      expect(spanish.help, section).not.toBe(english.help);
      expect(spanish.title, section).not.toMatch(/^charter:/);
    }
  });
});
