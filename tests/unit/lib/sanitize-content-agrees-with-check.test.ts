// The two layers agree: whatever HTML-like Markdown a generator can put together from tags,
// attributes, values, entities, comments and stray brackets, if the content check accepts it,
// the render-time sanitizer has nothing to remove (the check has no gap the sanitizer must close),
// and what the sanitizer would remove, the check refuses with a message.
import { unified } from '@astrojs/markdown-remark';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CONTENT_ELEMENTS } from '../../../src/content-policy/html';
import { remarkGfmWithoutAutolinks } from '../../../src/content-policy/markdown-syntax';
import { scanMarkdownBody } from '../../../src/content-checks/mdx';
import { rehypeSanitizeContent } from '../../../src/lib/sanitize-content';

const options = { syntaxHighlight: false } as never;
// The site's Markdown syntax (astro.config.mjs): GitHub's, without automatic links.
const syntax = { gfm: false, remarkPlugins: [remarkGfmWithoutAutolinks] };
const plain = await unified(syntax).createRenderer(options);
const sanitized = await unified({ ...syntax, rehypePlugins: [rehypeSanitizeContent] }).createRenderer(options);

const tag = fc.constantFrom(
  ...CONTENT_ELEMENTS,
  'a',
  'img',
  'script',
  'style',
  'svg',
  'meta',
  'iframe',
  'form',
  'input',
  'noscript',
  'template',
  'textarea',
  'base',
  'object',
);
const attribute = fc.constantFrom(
  'title',
  'lang',
  'cite',
  'datetime',
  'open',
  'start',
  'colspan',
  'href',
  'src',
  'id',
  'class',
  'style',
  'onclick',
  'onmouseover',
  'set:html',
  'is:raw',
  'xlink:href',
  'hidden',
  'srcset',
  'formaction',
);
const value = fc.constantFrom(
  'x',
  'https://example.org/',
  '/mou/',
  '#item-1',
  'javascript:alert(1)',
  ' javascript:alert(1)',
  'java&#x09;script:x',
  '&#106;avascript:x',
  '//evil.example/',
  'http://example.org/',
  'data:text/html,x',
  'mailto:a@b.c',
  '"><script>alert(1)</script>',
  'en',
);
const openTag = fc
  .tuple(
    tag,
    fc.array(fc.tuple(attribute, value, fc.constantFrom('"', "'", '')), { maxLength: 3 }),
    fc.constantFrom(' ', '\n', '/', ''),
  )
  .map(
    ([t, attrs, sep]) =>
      `<${t}${attrs.map(([a, v, q]) => `${sep === '/' ? '/' : ' '}${a}=${q}${q ? v : v.replace(/\s/g, '')}${q}`).join('')}>`,
  );
const piece = fc.oneof(
  openTag,
  tag.map((t) => `</${t}>`),
  fc.constantFrom(
    'text',
    ' ',
    '\n',
    '\n\n',
    '<!--',
    '-->',
    '<',
    '>',
    '&amp;',
    '&lt;',
    '*em*',
    '[l](https://example.org/)',
    '[j](javascript:x)',
    '<?x?>',
    '<![CDATA[x]]>',
  ),
);
const document = fc.array(piece, { minLength: 1, maxLength: 8 }).map((parts) => parts.join(''));

describe('the content check and the render-time sanitizer agree', () => {
  it('what the check accepts in plain Markdown, the sanitizer leaves as it is', async () => {
    await fc.assert(
      fc.asyncProperty(document, async (text) => {
        const findings = scanMarkdownBody(text, { mdx: false });
        if (findings.length > 0) return; // refused with a message: the sanitizer is not needed
        const before = (await plain.render(text)).code;
        const after = (await sanitized.render(text)).code;
        expect(after, `accepted by the check but changed by the sanitizer: ${JSON.stringify(text)}`).toBe(before);
      }),
      { numRuns: 400 },
    );
  });
});
