// The render-time layer on its own: hostile Markdown and MDX rendered by Astro's own unified
// pipeline with the site's sanitizer, as if the content check had a gap. Nothing that runs code
// or injects markup may come out; harmless content must come out unchanged.
import { unified } from '@astrojs/markdown-remark';
import { parse } from 'parse5';
import { describe, expect, it } from 'vitest';
import { MDX_COMPONENT_ALLOWLIST } from '../../../src/content-policy/components';
import { rehypeSanitizeContent } from '../../../src/lib/sanitize-content';

const processor = unified({ rehypePlugins: [rehypeSanitizeContent] });
const markdown = await processor.createRenderer({ syntaxHighlight: false } as never);
const mdx = await processor.createMdxRenderer!(
  { syntaxHighlight: false } as never,
  {
    srcDir: new URL('../../../src/', import.meta.url),
    optimize: false,
  } as never,
);

const renderMd = async (text: string) => (await markdown.render(text)).code;
const compileMdx = async (text: string) => (await mdx.process(text, '/tmp/x.mdx', {})).code;

/** Every element and attribute name in an HTML fragment, read by parse5. */
function markup(html: string): { elements: Set<string>; attributes: Set<string>; comments: number } {
  const elements = new Set<string>();
  const attributes = new Set<string>();
  let comments = 0;
  const visit = (node: { nodeName: string; childNodes?: unknown[]; attrs?: { name: string }[]; content?: unknown }) => {
    if (node.nodeName === '#comment') comments++;
    if ('tagName' in node) elements.add(node.nodeName);
    for (const a of node.attrs ?? []) attributes.add(a.name);
    for (const child of (node.childNodes ?? []) as (typeof node)[]) visit(child);
  };
  visit(parse(`<!doctype html><body>${html}`) as never);
  for (const always of ['html', 'head', 'body']) elements.delete(always);
  return { elements, attributes, comments };
}

describe('render-time sanitizer, Markdown (.md)', () => {
  it.each([
    ['<div onmouseover="alert(1)">x</div>', ['onmouseover']],
    ['<div\n/onmouseover="alert(1)">x</div>', ['onmouseover']],
    ['<img src=x onerror=alert(1)>', ['onerror']],
    ['<span set:html="<b>x</b>" style="x" id="y" class="z">x</span>', ['set:html', 'style', 'id', 'class']],
    ['<meta http-equiv="refresh" content="0;url=https://evil.example/">', ['http-equiv']],
    ['<q cite=" javascript:alert(1)">x</q>', ['cite']],
    ['<q cite="//evil.example/">x</q>', ['cite']],
  ])('%s loses %j', async (html, gone) => {
    const out = await renderMd(`Text.\n\n${html}\n`);
    const { attributes, elements } = markup(out);
    for (const name of gone) expect(attributes.has(name), `${name} in ${out}`).toBe(false);
    for (const element of ['script', 'meta', 'base', 'iframe']) expect(elements.has(element)).toBe(false);
  });

  it('drops scripts with their text, and comments, even unclosed ones', async () => {
    const out = await renderMd('<script>alert(1)</script>\n\nKeep.\n\n<!-- hidden\n\nrest\n');
    expect(out).not.toContain('alert(1)');
    expect(markup(out).comments).toBe(0);
    expect(out).toContain('Keep.');
  });

  it('drops links that are not https: or of this site, keeping their text', async () => {
    const out = await renderMd(
      '[a](javascript:alert(1)) [b](http://x.example/) [c](//x.example/) [d](https://x.example/) [e](/mou/)',
    );
    expect(out).toContain('<a>a</a>');
    expect(out).toContain('<a>b</a>');
    expect(out).toContain('<a>c</a>');
    expect(out).toContain('<a href="https://x.example/">d</a>');
    expect(out).toContain('<a href="/mou/">e</a>');
  });

  it('drops a link to a site name that mixes scripts, keeping its text, and keeps a Japanese one', async () => {
    const out = await renderMd(
      '[BioM](https://www.bіo-m.org/) [例](https://例え.jp/) [City](https://www.city.kawasaki.jp/)',
    );
    expect(out).toContain('<a>BioM</a>');
    // The Markdown renderer percent-encodes the name; the browser decodes it to 例え.jp again.
    expect(out).toContain('<a href="https://%E4%BE%8B%E3%81%88.jp/">例</a>');
    expect(out).toContain('<a href="https://www.city.kawasaki.jp/">City</a>');
  });

  it('keeps ordinary Markdown as it is', async () => {
    const text =
      '## Heading\n\nText with **bold**, _em_, `code`, <sup>1</sup> and a [link](https://www.city.kawasaki.jp/).\n\n- a\n- b\n\n| x | y |\n| - | :-: |\n| 1 | 2 |\n\nNote[^1].\n\n[^1]: The note.\n';
    const plain = await (await unified().createRenderer({ syntaxHighlight: false } as never)).render(text);
    expect(await renderMd(text)).toBe(plain.code);
  });
});

describe('render-time sanitizer, MDX', () => {
  it.each([
    '<span set:html="<meta http-equiv=refresh content=0>">x</span>',
    '<span onClick="alert(1)">x</span>',
    '<span is:raw class:list="x" client:load>x</span>',
    '<meta http-equiv="refresh" content="0" />',
    '<script>{"alert(1)"}</script>',
    '<Secret />',
  ])('%s compiles to plain text', async (text) => {
    const code = await compileMdx(`Hello.\n\n${text}\n`);
    for (const needle of [
      'set:html',
      'onClick',
      'is:raw',
      'class:list',
      'client:load',
      'http-equiv',
      'alert(1)',
      'Secret',
    ])
      expect(code, needle).not.toContain(needle);
  });

  it('expressions and import/export never reach the page', async () => {
    const code = await compileMdx("import x from '/etc/passwd'\n\nA {process.env.SECRET} b.\n");
    expect(code).not.toContain('/etc/passwd');
    expect(code).not.toContain('process.env');
  });

  it('keeps a component on the allowlist, with its text sanitised', async () => {
    const list = MDX_COMPONENT_ALLOWLIST as string[];
    list.push('Figure');
    try {
      const code = await compileMdx('<Figure caption="Group photo">Text <span onclick="x">here</span></Figure>\n');
      expect(code).toContain('Figure');
      expect(code).toContain('caption: "Group photo"');
      expect(code).not.toContain('onclick');
      expect(code).not.toContain('x-content-component');
    } finally {
      list.pop();
    }
  });

  it('keeps allowed HTML written in MDX', async () => {
    const code = await compileMdx('Water<sub>2</sub> and <abbr title="Memorandum">MoU</abbr>.\n');
    expect(code).toContain('"sub"');
    expect(code).toContain('title: "Memorandum"');
  });
});

describe('render-time sanitizer, images', () => {
  it('drops a web address as an image source, keeping relative ones', async () => {
    const html = await renderMd(
      '![a](https://evil.example/pixel.png) ![c](<  https://evil.example/c.png>) ![d](//evil.example/d.png) <img src="h&#9;ttps://evil.example/e.png"> ![b](../../media/photos/x.jpg)',
    );
    expect(html).not.toContain('evil.example');
    expect(html).toContain('src="../../media/photos/x.jpg"');
  });
});
