// A bare address in text stays text, in the content check and on the page alike: GitHub's
// automatic links are off, so `www.city.kawasaki.jp` is not refused as an http: link the editor
// never wrote, and `info@bio-m.org` does not become a mailto: link.
import { describe, expect, it } from 'vitest';
import config from '../../../astro.config.mjs';
import { remarkGfmWithoutAutolinks } from '../../../src/content-policy/markdown-syntax';
import { scanMarkdownBody } from '../../../src/content-checks/mdx';

type Unified = { name: string; options: { gfm?: boolean; remarkPlugins: unknown[] } };
const processor = (config.markdown as { processor: Unified }).processor;
const render = async (text: string) =>
  (
    await (
      processor as unknown as { createRenderer(o: object): Promise<{ render(t: string): Promise<{ code: string }> }> }
    ).createRenderer({ syntaxHighlight: false })
  ).render(text);

const TEXT = 'Details: www.city.kawasaki.jp or info@bio-m.org, and http://example.jp as text.';

describe('plain-text addresses', () => {
  it('are not links in the content check, in .md and .mdx', () => {
    expect(scanMarkdownBody(TEXT, { mdx: false })).toEqual([]);
    expect(scanMarkdownBody(TEXT, { mdx: true })).toEqual([]);
  });

  it('are text on the page, with the site’s own processor; written links and GitHub tables still work', async () => {
    expect(processor.options.gfm).toBe(false);
    expect(processor.options.remarkPlugins).toContain(remarkGfmWithoutAutolinks);
    const { code } = await render(
      `${TEXT}\n\n[BioM](https://www.bio-m.org/)\n\n| a | b |\n| - | - |\n| 1 | 2 |\n\nNote[^1].\n\n[^1]: The note.\n\n~~old~~`,
    );
    expect(code).toContain('www.city.kawasaki.jp or info@bio-m.org, and http://example.jp as text.');
    expect(code.match(/<a /g)?.length).toBe(3); // the written link, the footnote call and its back link
    expect(code).toContain('<a href="https://www.bio-m.org/">BioM</a>');
    expect(code).toContain('<table>');
    expect(code).toContain('<del>old</del>');
  });

  it('a written http: link is still refused by the check', () => {
    expect(scanMarkdownBody('[x](http://example.jp/)', { mdx: false }).map((f) => f.message)).toHaveLength(1);
  });
});
