// The content files are kept in the form the content editor writes (src/cms/canonical.ts), so
// that saving an entry in the editor changes only what the editor changed: no added `draft: false`,
// no lost quotes or reordered keys, no deleted comments (guidance lives in the schemas' hints).
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { canonicalEntryText } from '../../../src/cms/canonical';
import { COLLECTION_NAMES, LOCALES } from '../../../src/model';

const ROOT = path.resolve(import.meta.dirname, '../../..');

describe('content files in the editor’s own form', () => {
  it.each(COLLECTION_NAMES)('%s: every file is exactly what the editor would write for it', (collection) => {
    const differing: string[] = [];
    let files = 0;
    for (const locale of LOCALES) {
      const dir = path.join(ROOT, 'content', collection, locale);
      for (const name of fs.readdirSync(dir)) {
        const text = fs.readFileSync(path.join(dir, name), 'utf8');
        files++;
        if (canonicalEntryText(collection, text) !== text) differing.push(`content/${collection}/${locale}/${name}`);
      }
    }
    expect(files).toBeGreaterThan(1);
    expect(differing, 'rewrite them with: npm run canonical').toEqual([]);
  });

  it('notices what the editor would change: a comment, a flow list, quotes, key order, a missing switch', () => {
    const photo = [
      '# People from left to right.',
      'order: 2',
      'image: ../../media/photos/group-photo.jpg',
      'standIn: true',
      'participants: [kimura, nomura]',
      'heading: 集合写真',
      "caption: '締結式の参加者。'",
      'alt: 仮画像。',
      'draft: false',
      '',
    ].join('\n');
    expect(canonicalEntryText('photos', photo)).toBe(
      [
        'order: 2',
        'image: ../../media/photos/group-photo.jpg',
        'standIn: true',
        'participants:',
        '  - kimura',
        '  - nomura',
        'heading: 集合写真',
        'caption: 締結式の参加者。',
        'alt: 仮画像。',
        'draft: false',
        '',
      ].join('\n'),
    );
    const news = "---\ndate: '2021'\ntitle: Visit\ndescription: A visit.\n---\n\nText.\n";
    expect(canonicalEntryText('news', news)).toBe(
      "---\ntitle: Visit\ndescription: A visit.\ndate: '2021'\ndraft: false\n---\n\nText.\n",
    );
  });
});
