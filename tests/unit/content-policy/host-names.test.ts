// A site name that mixes scripts can pass for another site's (UTS #39, "Highly Restrictive"):
// each label of a host, its punycode decoded, is one script or Latin with Japanese, Chinese or
// Korean; a label of Cyrillic or Greek letters that all look Latin is refused too.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hostNameProblem, readableHostName } from '../../../src/content-policy/host-names';
import { addressHostProblem, refusedAddress } from '../../../src/content-policy/html';

/** The host as a browser's URL parser gives it (lower case, punycode). */
const problem = (host: string) => hostNameProblem(new URL(`https://${host}/`).hostname);

describe('mixed-script and look-alike site names are refused', () => {
  it('refuses a Cyrillic і in bio-m.org, written as the letter or as its punycode, naming the letter', () => {
    const expected = '"www.bіo-m.org" mixes Latin and Cyrillic letters: і (U+0456) is Cyrillic';
    expect(problem('www.bіo-m.org')).toBe(expected);
    expect(problem('www.xn--bo-m-l9d.org')).toBe(expected);
    expect(readableHostName('www.xn--bo-m-l9d.org')).toBe('www.bіo-m.org');
  });

  it('refuses the variants: another look-alike letter, Greek among Latin, a whole label of look-alikes, a slash that is a letter', () => {
    expect(problem('paypaӏ.com')).toMatch(/mixes Latin and Cyrillic letters: ӏ \(U\+04CF\)/);
    expect(problem('bio-mο.org')).toMatch(/mixes Latin and Greek letters: ο \(U\+03BF\)/);
    expect(problem('аррӏе.com')).toBe(
      '"аррӏе.com" is written only in Cyrillic letters that look like Latin ones, so it reads as a Latin name it is not',
    );
    expect(problem('xn--80ak6aa92e.com')).toMatch(/^"аррӏе\.com" is written only in Cyrillic/);
    expect(problem('bio-m.org⁄login.example')).toMatch(
      /contains ⁄ \(U\+2044\), which is not a letter, digit or hyphen/,
    );
    expect(problem('xn--zz.org')).toBe('"xn--zz.org" holds "xn--zz", which is not a valid international name');
    expect(problem('ᏚᎢᎵ.com')).toMatch(/a letter of a script not used for web addresses/);
  });

  it('allows single-script and Japanese names, Latin with accents, and numeric addresses', () => {
    for (const host of [
      '例え.jp',
      '川崎市.jp',
      'かわさき.jp',
      'カワサキ.jp',
      'ひらがなabc.jp',
      'bücher.de',
      'münchen-straße.de',
      'www.city.kawasaki.jp',
      'www.bio-m.org',
      'пример.рф',
      'ελληνικά.gr',
      '한국.kr',
      '中文ㄅ.tw',
      '1.2.3.4',
    ])
      expect(problem(host), host).toBeUndefined();
  });

  it('for random names: plain Latin labels always pass, one look-alike letter put into one always fails', () => {
    const label = fc.stringMatching(/^[a-z0-9]([a-z0-9-]{0,20}[a-z0-9])?$/);
    fc.assert(
      fc.property(fc.array(label, { minLength: 1, maxLength: 4 }), (labels) => {
        expect(problem(`${labels.join('.')}.org`)).toBeUndefined();
      }),
    );
    fc.assert(
      fc.property(
        fc.stringMatching(/^[a-z]{1,10}$/),
        fc.stringMatching(/^[a-z]{0,10}$/),
        fc.constantFrom(...'аеорсухѕіјԁԛԝһӏ'),
        (before, after, lookalike) => {
          expect(problem(`${before}${lookalike}${after}.org`)).toMatch(/mixes Latin and Cyrillic letters/);
        },
      ),
    );
  });

  it('applies to every address a link may hold, and words the refusal with the whole site name', () => {
    expect(refusedAddress('https://www.bіo-m.org/en/')).toBe('host');
    expect(refusedAddress('//www.bіo-m.org/')).toBe('host');
    expect(refusedAddress('https://www.bio-m.org/en/')).toBeUndefined();
    expect(refusedAddress('/mou/')).toBeUndefined();
    expect(addressHostProblem('https://xn--bo-m-l9d.org/')).toBe(
      'its site name "bіo-m.org" mixes Latin and Cyrillic letters: і (U+0456) is Cyrillic',
    );
  });
});
