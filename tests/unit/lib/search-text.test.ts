import { describe, expect, it } from 'vitest';
import { searchableHtml } from '../../../src/lib/search-text';

/** The body of the indexed copy, without the parser's own <html><head><body>. */
const body = (html: string) =>
  searchableHtml(`<html lang="ja"><body>${html}</body></html>`).replace(/^.*<body>|<\/body>.*$/gs, '');

describe('the copy of a page the search index reads', () => {
  it('ends each Japanese block with 「。」 unless it already ends a phrase', () => {
    expect(body('<h2>締結式の様子</h2><p>訪問しました。</p>')).toBe('<h2>締結式の様子。</h2><p>訪問しました。</p>');
    expect(body('<dl><dt>有効期間</dt><dd>3年間</dd></dl>')).toBe('<dl><dt>有効期間。</dt><dd>3年間。</dd></dl>');
    expect(body('<p>同意事項(7)：</p><p>（BioM）</p>')).toBe('<p>同意事項(7)：</p><p>（BioM）</p>');
  });

  it('ends a block in another language with ". ", and leaves its own full stops alone', () => {
    expect(body('<p lang="en">Prof. Dr. Domdey</p>')).toBe('<p lang="en">Prof. Dr. Domdey. </p>');
    expect(body('<p lang="en">Signed.</p>')).toBe('<p lang="en">Signed.</p>');
  });

  it('treats an element shown as a block (Tailwind block, flex, grid) as one; inline elements run on', () => {
    expect(body('<li><span class="block font-bold">Horst Domdey教授</span><span class="text-sm">CEO</span></li>')).toBe(
      '<li><span class="block font-bold">Horst Domdey教授。</span><span class="text-sm">CEO</span>。</li>',
    );
    expect(body('<p>川崎市と<span lang="en">BioM</span>が</p>')).toBe('<p>川崎市と<span lang="en">BioM</span>が。</p>');
  });

  it('reads no text that the index ignores, and adds none to an empty block or a script', () => {
    expect(body('<li><span data-pagefind-ignore>1</span></li><p> </p>')).toBe(
      '<li><span data-pagefind-ignore="">1</span></li><p> </p>',
    );
    expect(body('<div><script>let a = 1</script></div>')).toBe('<div><script>let a = 1</script></div>');
  });
});
