// Uploaded file names: NFC, no two names in a folder that differ only in case, characters that
// belong in a web address. Camera and Japanese names that are fine stay accepted.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentFixture, type Fixture } from '../helpers';

let f: Fixture;
let photo: Buffer;
beforeAll(() => {
  f = contentFixture();
  photo = fs.readFileSync(path.join(f.root, 'content/media/photos/signing-photo.jpg'));
});
afterAll(() => f.cleanUp());

const PHOTOS = 'content/media/photos';
/** The problem lines with extra photos present (and the group photo pointing at `use`, if given). */
function linesWith(names: string[], use?: string): string[] {
  const yaml = ['ja', 'en'].map((l) => `content/photos/${l}/group-photo.yaml`);
  const before = yaml.map((y) => f.read(y));
  for (const name of names) fs.writeFileSync(path.join(f.root, PHOTOS, name), photo);
  if (use) yaml.forEach((y, i) => f.write(y, before[i]!.replace(/^image: .*$/m, `image: '../../media/photos/${use}'`)));
  try {
    return f.check().lines;
  } finally {
    for (const name of names) fs.rmSync(path.join(f.root, PHOTOS, name));
    yaml.forEach((y, i) => f.write(y, before[i]!));
  }
}

describe('file names of uploads', () => {
  it('a name stored decomposed (NFD) is named as such, not as "there is no image file"', () => {
    const nfd = 'Mu\u0308ller.jpg';
    const lines = linesWith([nfd], 'Müller.jpg');
    const message =
      'its name "Müller.jpg" is stored in decomposed Unicode (NFD, as some Macs save names), so no path written in content matches it; rename the file by typing its name again.';
    expect(lines).toContain(`${PHOTOS}/Müller.jpg: ${message}`);
    expect(lines.join('\n')).not.toMatch(/there is no image file/);
    expect(lines.every((l) => /NFD/.test(l))).toBe(true);
  });

  it('two names that differ only in case are refused, naming both', () => {
    expect(linesWith(['Group-Photo.jpg'])).toEqual([
      `${PHOTOS}/group-photo.jpg: has the same name as ${PHOTOS}/Group-Photo.jpg apart from upper and lower case; Windows and macOS keep only one of the two, so rename or delete one.`,
    ]);
  });

  it('a path that differs from the file name in case says so', () => {
    const lines = linesWith(['Ceremony.jpg'], 'ceremony.jpg');
    expect(lines).toContain(
      `content/photos/en/group-photo.yaml: image: there is no image file at ${PHOTOS}/ceremony.jpg, but there is ${PHOTOS}/Ceremony.jpg, which differs in upper and lower case; write the path exactly as the file is named (got "../../media/photos/ceremony.jpg")`,
    );
  });

  it.each([
    ['photo#1.jpg', '"#"'],
    ['a%20b.jpg', '"%"'],
    ['x?.jpg', '"?"'],
    ['tab\t.jpg', 'U+0009'],
  ])('refuses %s, naming the character', (name, shown) => {
    expect(linesWith([name])).toEqual([
      `${PHOTOS}/${name}: its name contains ${shown}, which does not belong in a web address; rename it using only letters, digits, spaces and - _ . ( ).`.replace(
        '\t',
        '\\u{0009}',
      ),
    ]);
  });

  it('accepts camera, Japanese and accented names, and uses them', () => {
    expect(linesWith(['IMG_0001 (1).JPG', '写真 1.jpg', 'Müller.jpg', 'DSC-0042.jpeg'])).toEqual([]);
    expect(linesWith(['IMG_0001 (1).JPG'], 'IMG_0001 (1).JPG')).toEqual([]);
  });
});
