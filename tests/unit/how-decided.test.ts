import { describe, expect, it } from 'vitest';
import { howDecided } from '../../shared/qi/verdict-words.ts';
import { wordsFor } from '../../server/i18n.ts';

const en = wordsFor('en');

describe('howDecided', () => {
  it('lists each signal the rules found, as a sentence, and names the rules', () => {
    const lines = howDecided({ detail: 'unused', reasons: [{ text: 'a run of 11 points above the centre line' }, { text: 'only 21 crossings in 58 points' }] }, 'anhoej', en);
    expect(lines).toEqual(['Signals found by the Anhøj rules:', 'A run of 11 points above the centre line.', 'Only 21 crossings in 58 points.']);
  });

  it('says why there is no signal, and which rules looked', () => {
    expect(howDecided({ detail: 'The longest run is 4 points; chance allows up to 8.', reasons: [] }, 'ihi', en)).toEqual(['The longest run is 4 points; chance allows up to 8. Checked with the IHI run chart rules.']);
  });
});
