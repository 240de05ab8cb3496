import { describe, expect, it } from 'vitest';
import { hiddenRanges } from '../../shared/indicator/withheld.ts';
import { wordsFor } from '../../server/i18n.ts';

const en = wordsFor('en');

const periods = ['2025-01', '2025-02', '2025-03', '2025-04', '2025-05', '2025-06', '2025-07'];
const label = (p: string) => ({ '2025-01': 'Jan 2025', '2025-02': 'Feb 2025', '2025-03': 'Mar 2025', '2025-04': 'Apr 2025', '2025-05': 'May 2025', '2025-06': 'Jun 2025', '2025-07': 'Jul 2025' })[p]!;

describe('hidden values, read as ranges', () => {
  it('joins a group’s consecutive hidden periods into one range, per reason', () => {
    const hidden = [
      ...['2025-01', '2025-02', '2025-03', '2025-04', '2025-06'].map((period) => ({ group: 'Low income', period, reason: 'small' as const })),
      ...['2025-01', '2025-02', '2025-03', '2025-04', '2025-06'].map((period) => ({ group: 'Higher income', period, reason: 'complement' as const })),
      { group: 'Asian', period: '2025-07', reason: 'small' as const },
    ];
    expect(hiddenRanges(hidden, periods, label, en)).toEqual([
      { reason: 'small', text: 'Low income: Jan 2025 to Apr 2025 and Jun 2025; Asian: Jul 2025' },
      { reason: 'complement', text: 'Higher income: Jan 2025 to Apr 2025 and Jun 2025' },
    ]);
  });

  it('says nothing when nothing is hidden', () => {
    expect(hiddenRanges([], periods, label, en)).toEqual([]);
  });
});
