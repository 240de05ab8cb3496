import superjson from 'superjson';
import { describe, expect, it } from 'vitest';
import { transformer } from '../../shared/transformer.ts';

describe('the API transformer', () => {
  it('gives plain JSON the exact form superjson gives it', () => {
    const answer = { items: [{ id: 1, title: 'Book bags', decision: null, quickLog: true, score: 0.5, tags: ['a', 'b'] }], total: 1, nested: { deep: [[1, 2], []] }, empty: {} };
    expect(transformer.serialize(answer)).toEqual(superjson.serialize(answer));
    expect(transformer.serialize(answer)).toEqual({ json: answer });
    expect(transformer.deserialize(transformer.serialize(answer))).toEqual(answer);
    for (const plain of [null, 'text', 0, 42, false, []]) expect(transformer.serialize(plain)).toEqual(superjson.serialize(plain));
  });

  it('leaves to superjson every answer with something JSON cannot carry, anywhere in it', () => {
    const when = new Date('2026-12-07T10:00:00Z');
    const cases = [
      { at: when },
      { list: [{ id: 1, removed: undefined }] },
      { n: Number.NaN },
      { n: -0 },
      { n: Number.POSITIVE_INFINITY },
      { big: 10n },
      { set: new Set([1]) },
      { map: new Map([['a', 1]]) },
      { deep: [[[{ at: when }]]] },
      new (class Thing {
        id = 1;
      })(),
    ];
    for (const value of cases) {
      const out = transformer.serialize(value);
      expect(out).toEqual(superjson.serialize(value));
      expect(transformer.deserialize(out)).toEqual(superjson.deserialize(superjson.serialize(value)));
    }
    expect(transformer.deserialize<{ at: Date }>(transformer.serialize({ at: when })).at).toBeInstanceOf(Date);
  });
});
