// Legitimate text an editor writes is published as written: recommended emoji sequences (with
// their joiners and tags), typographic apostrophes in Latin names. The hidden characters those
// sequences use stay refused anywhere else.
import { describe, expect, it } from 'vitest';
import { hygieneIssues } from '../../../src/content-policy/text-hygiene';
import { contentFixture, linesAfter } from '../helpers';

const messages = (text: string) => hygieneIssues(text).map((i) => i.message);

describe('no false refusals of legitimate text', () => {
  it.each(['👩‍💻', '🏳️‍🌈', '🏴󠁧󠁢󠁳󠁣󠁴󠁿', '1️⃣', '👨‍👩‍👧‍👦', '🇯🇵', '❤️'])('accepts the emoji %s', (emoji) => {
    expect(messages(`協定 ${emoji} signed`)).toEqual([]);
  });

  it('still refuses a joiner or tag character outside an emoji sequence', () => {
    expect(messages('ab\u200Dcd')).toEqual([
      'contains the invisible character U+200D ZERO WIDTH JOINER (character 3); delete it: invisible characters can make text read differently from what is published.',
    ]);
    expect(messages('👩\u200D')).toHaveLength(1);
    expect(messages('x\u{E0041}')).toHaveLength(1);
    // A joiner between two emoji that make no recommended sequence is not part of one emoji.
    expect(messages('🍕\u200D🍔')).toHaveLength(1);
  });

  it('accepts a name with a typographic apostrophe, in the content check', () => {
    const f = contentFixture();
    try {
      // The name is the same in both languages (a "same" field): change both, then check once.
      f.edit('content/participants/ja/kimura.yaml', (t) => t.replace('name: Kimura', 'name: O’Neil'));
      expect(
        linesAfter(f, 'content/participants/en/kimura.yaml', (t) => t.replace('name: Kimura', 'name: O’Neil')),
      ).toEqual([]);
      expect(
        linesAfter(f, 'content/participants/en/kimura.yaml', (t) => t.replace('name: Kimura', 'name: O<b>Neil')),
      ).toHaveLength(1);
    } finally {
      f.cleanUp();
    }
  });
});
