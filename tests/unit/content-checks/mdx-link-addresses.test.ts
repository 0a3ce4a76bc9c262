import { describe, expect, it } from 'vitest';
import { scanMarkdownBody } from '../../../src/content-checks/mdx';

const messages = (markdown: string) => scanMarkdownBody(markdown, { mdx: true }).map((f) => f.message);
const RELATIVE = /is neither a web page nor a page of this site/;

describe('a link leads to a web page or a page of this site, never to an address read relative to the page', () => {
  it('refuses an address typed without https:// (www.example.jp), naming it and the fix', () => {
    expect(messages('See [the City](www.example.jp).')).toEqual([
      'the link address "www.example.jp" is neither a web page nor a page of this site, so it would open a page that does not exist; write the full address starting with https:// (e.g. https://www.example.jp) or a page of this site starting with / (e.g. /mou/).',
    ]);
  });

  it('refuses the other relative forms too: a host with a path, a relative page, a reference definition', () => {
    for (const markdown of [
      'See [BioM](bio-m.org/en/).',
      'See [the MoU](../mou/).',
      'See [the MoU](mou).',
      'See [BioM][biom].\n\n[biom]: www.bio-m.org',
    ])
      expect(messages(markdown).join('\n'), markdown).toMatch(RELATIVE);
  });

  it('accepts web pages, pages of this site, anchors and relative image paths', () => {
    for (const markdown of [
      'See [BioM](https://www.bio-m.org/).',
      'See [item 7](/mou/#item-7) and [the English page](/en/mou/).',
      'See [above](#item-7).',
      'See [BioM][biom].\n\n[biom]: https://www.bio-m.org/',
    ])
      expect(messages(markdown), markdown).toEqual([]);
    // An image is a file beside the content, written relative to it (checked elsewhere as a file).
    expect(
      scanMarkdownBody('![A photo](../../media/photos/group-photo.jpg)', { mdx: true, onImage: () => {} }).map(
        (f) => f.message,
      ),
    ).toEqual([]);
  });
});

describe('a link whose text is an address opens that address’s site', () => {
  it('refuses text naming one host over a link to another, in plain, emphasised and reference links', () => {
    expect(messages('Log in at [https://www.city.kawasaki.jp/](https://other.example/login).')).toEqual([
      'the link text "https://www.city.kawasaki.jp/" names www.city.kawasaki.jp, but the link opens https://other.example/login; a reader trusts the text, so make the text and the address name the same site.',
    ]);
    for (const markdown of [
      'See [*www.bio-m.org*](https://bio-m.example.net/).',
      'See [http://www.city.kawasaki.jp](https://www.city.kawasaki.jp.example.net/).',
    ])
      expect(messages(markdown).join('\n'), markdown).toMatch(/a reader trusts the text/);
  });

  it('accepts an address as its own text, words as text, and a page of this site under a plain label', () => {
    for (const markdown of [
      'See [https://www.bio-m.org/en/](https://www.bio-m.org/).',
      'See [www.city.kawasaki.jp](https://www.city.kawasaki.jp/).',
      'See [the City of Kawasaki](https://www.city.kawasaki.jp/).',
      'See [agreed item (7)](/mou/#item-7).',
    ])
      expect(messages(markdown), markdown).toEqual([]);
  });
});
