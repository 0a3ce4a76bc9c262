import { describe, expect, it } from 'vitest';
import { pairClauses } from '../../../src/lib/print-pairs';

describe('print view pairing', () => {
  const c = (id: string, kind: 'purpose' | 'item', number: number) => ({ id, data: { kind, number } });
  it('pairs by kind and number in Japanese order', () => {
    const pairs = pairClauses(
      [c('ja/p1', 'purpose', 1), c('ja/i1', 'item', 1)],
      [c('en/i1', 'item', 1), c('en/p1', 'purpose', 1)],
    );
    expect(pairs.map((p) => [p.key, p.en.id])).toEqual([
      ['purpose-1', 'en/p1'],
      ['item-1', 'en/i1'],
    ]);
  });
  it('refuses a clause without its translation, and a translation without its original', () => {
    expect(() => pairClauses([c('ja/p1', 'purpose', 1)], [])).toThrow(/no translation/);
    expect(() => pairClauses([], [c('en/p1', 'purpose', 1)])).toThrow(/no original/);
  });
});
