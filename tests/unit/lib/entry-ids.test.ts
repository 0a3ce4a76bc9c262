// Ids from content are the entry's own: a heading or a footnote in a clause cannot take the
// site's anchor (item-7) or another clause's footnote ids; the build fails if any page still
// holds an id twice.
import { describe, expect, it } from 'vitest';
import config from '../../../astro.config.mjs';
import { duplicateIds } from '../../../src/integrations/unique-ids';
import { entryIdPrefix } from '../../../src/lib/entry-ids';

type Renderer = { render(t: string, o?: { fileURL?: URL }): Promise<{ code: string }> };
const processor = (config.markdown as { processor: { createRenderer(o: object): Promise<Renderer> } }).processor;
const renderer = await processor.createRenderer({ syntaxHighlight: false });
const render = async (file: string, text: string) =>
  (await renderer.render(text, { fileURL: new URL(`file:///work/site/${file}`) })).code;

const ids = (html: string) => [...html.matchAll(/ id="([^"]*)"/g)].map((m) => m[1]);

describe('content ids carry their entry', () => {
  it('names the entry in the prefix', () => {
    expect(entryIdPrefix('/x/content/clauses/en/item-03.mdx')).toBe('clauses-en-item-03--');
    expect(entryIdPrefix('/x/src/pages/index.astro')).toBeUndefined();
  });

  it('the same clause in both languages, as the print view shows them on one page, gives different ids', async () => {
    const text = '#### Item 7\n\nText[^1].\n\n[^1]: The note.\n';
    const ja = await render('content/clauses/ja/item-03.mdx', text);
    const en = await render('content/clauses/en/item-03.mdx', text);
    expect(duplicateIds(ja + en)).toEqual([]);
    expect(ids(ja)[0]).toBe('clauses-ja-item-03--item-7');
  });

  it('a heading "Item 7" in clause (3) does not take the page anchor item-7', async () => {
    const html = await render('content/clauses/en/item-03.mdx', '#### Item 7\n\nText.\n');
    expect(ids(html)).toEqual(['clauses-en-item-03--item-7']);
    expect(duplicateIds(`<p id="item-7"></p>${html}`)).toEqual([]);
  });

  it('two clauses with one footnote each give different ids, and each call still reaches its note', async () => {
    const text = 'Text[^1].\n\n[^1]: The note.\n';
    const a = await render('content/clauses/en/item-01.mdx', text);
    const b = await render('content/clauses/en/item-02.mdx', text);
    expect(duplicateIds(a + b)).toEqual([]);
    for (const html of [a, b]) {
      const own = new Set(ids(html));
      const targets = [...html.matchAll(/href="#([^"]*)"/g)].map((m) => m[1]);
      expect(targets.length).toBeGreaterThanOrEqual(2);
      for (const target of targets) expect(own.has(target), target).toBe(true);
      const describedBy = [...html.matchAll(/aria-describedby="([^"]*)"/g)].map((m) => m[1]);
      for (const ref of describedBy) expect(own.has(ref), ref).toBe(true);
    }
    expect(ids(a).every((id) => id!.startsWith('clauses-en-item-01--'))).toBe(true);
  });

  it('the build check finds an id used twice, and passes a page without', () => {
    expect(duplicateIds('<p id="a"></p><template><p id="a"></p></template><p id="b"></p>')).toEqual(['a']);
    expect(duplicateIds('<p id="a"></p><p id="b"></p>')).toEqual([]);
  });
});
