import { describe, expect, it } from 'vitest';
import { readEntries } from '../helpers/content-files';
import { PHOTO_PARTICIPANTS } from '../helpers/source-facts';

const ja = (c: string) => readEntries(c, 'ja');
const en = (c: string) => readEntries(c, 'en');

describe('clauses', () => {
  const numbering = (entries: Map<string, Record<string, unknown>>) =>
    [...entries.values()].map((c) => `${c.kind}-${c.number}`).sort();

  it('are four purposes and eleven agreed items, numbered without gaps', () => {
    const list = numbering(ja('clauses'));
    const expected = [
      ...[1, 2, 3, 4].map((n) => `purpose-${n}`),
      ...Array.from({ length: 11 }, (_, i) => `item-${i + 1}`),
    ].sort();
    expect(list).toEqual(expected);
  });

  it('have the same kinds and numbers in both languages, file by file', () => {
    const jaClauses = ja('clauses');
    const enClauses = en('clauses');
    expect(jaClauses.size).toBeGreaterThan(0);
    expect([...enClauses.keys()]).toEqual([...jaClauses.keys()]);
    for (const [key, clause] of jaClauses) {
      expect({ kind: enClauses.get(key)?.kind, number: enClauses.get(key)?.number }, key).toEqual({
        kind: clause.kind,
        number: clause.number,
      });
    }
  });

  it('reproduce agreed item (7) of the source word for word', () => {
    expect(ja('clauses').get('item-07')?.body).toBe(
      '両者は各々のホームページで相手方のロゴを用いてパートナー地域の宣伝を行うことに同意する。',
    );
  });
});

describe('ceremony photos', () => {
  it('list the participants left to right as the source gives them, in both languages', () => {
    for (const photos of [ja('photos'), en('photos')]) {
      for (const [photo, participants] of Object.entries(PHOTO_PARTICIPANTS))
        expect(photos.get(photo)?.participants, photo).toEqual(participants);
    }
  });

  it('refer only to participants that exist', () => {
    const people = ja('participants');
    const referred = [...ja('photos').values()].flatMap((photo) => photo.participants as string[]);
    expect(referred.length).toBeGreaterThan(0);
    for (const key of referred) expect(people.has(key), key).toBe(true);
  });

  it('give participant names in Latin letters, identical in both languages', () => {
    const jaPeople = ja('participants');
    expect(en('participants').size).toBeGreaterThan(0);
    for (const [key, person] of en('participants')) {
      expect(person.name).toMatch(/^[A-Za-z .'-]+$/);
      expect(jaPeople.get(key)?.name, key).toBe(person.name);
    }
  });
});
