import { describe, expect, it } from 'vitest';
import { copyTargets, scaleLevel, scaleReached } from '../../shared/domain/library.ts';

describe('scale reached', () => {
  it('is the most cycles of the idea in one ramp; a cycle outside a ramp is one; none is zero', () => {
    expect(scaleReached([])).toBe(0);
    expect(scaleReached([{ rampId: null }, { rampId: null }])).toBe(1);
    expect(scaleReached([{ rampId: 4 }, { rampId: null }, { rampId: 4 }, { rampId: 7 }])).toBe(2);
    expect(scaleReached([{ rampId: 4 }, { rampId: 4 }, { rampId: 4 }])).toBe(3);
  });

  it('names the highest level a scale reaches', () => {
    expect([0, 1, 2, 3, 9].map(scaleLevel)).toEqual([null, 'tested', 'ramped', 'ramped3', 'ramped3']);
  });
});

describe('where a copied change idea may go', () => {
  it('only under an active secondary driver whose primary driver is active too', () => {
    const nodes = [
      { id: 1, kind: 'primary', parentId: null, retiredAt: null },
      { id: 2, kind: 'secondary', parentId: 1, retiredAt: null },
      { id: 3, kind: 'secondary', parentId: 1, retiredAt: new Date() },
      { id: 4, kind: 'change_idea', parentId: 2, retiredAt: null },
      { id: 5, kind: 'primary', parentId: null, retiredAt: new Date() },
      { id: 6, kind: 'secondary', parentId: 5, retiredAt: null },
    ];
    expect(copyTargets(nodes).map((n) => n.id)).toEqual([2]);
  });
});
