/**
 * Pairs the Japanese clauses with their English translations by kind and number, in document
 * order, and refuses a clause that has no counterpart: the print view shows all or nothing.
 */
export interface ClauseLike {
  id: string;
  data: { kind: 'purpose' | 'item'; number: number };
}

export function pairClauses<C extends ClauseLike>(ja: C[], en: C[]): { key: string; ja: C; en: C }[] {
  const key = (c: C) => `${c.data.kind}-${c.data.number}`;
  const english = new Map(en.map((c) => [key(c), c]));
  const pairs = ja.map((c) => {
    const match = english.get(key(c));
    if (!match) throw new Error(`content/clauses/en: no translation of ${c.id} (${key(c)})`);
    english.delete(key(c));
    return { key: key(c), ja: c, en: match };
  });
  if (english.size) throw new Error(`content/clauses/ja: no original for ${[...english.keys()].join(', ')}`);
  return pairs;
}
