// Logos as design tools export them by default build: Adobe Illustrator's "Save As SVG" writes an
// XML declaration, a generator comment, enable-background (which draws nothing and is dropped) and
// a <style> block of class rules, which become attributes on the elements that use them. A <style>
// block with anything beyond plain class rules of allowed properties stays refused.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { sanitizeSvg } from '../../../src/content-policy/svg';
import { contentFixture, repoRoot, type Fixture } from '../helpers';

const ILLUSTRATOR = fs.readFileSync(
  path.join(repoRoot, 'tests/unit/fixtures/design-tools/illustrator-default-export.svg'),
  'utf8',
);
const svg = (inner: string, rootAttributes = '') =>
  `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"${rootAttributes}>${inner}</svg>`;
const published = (text: string) => {
  const result = sanitizeSvg(text);
  if (!result.ok) throw new Error(`refused: ${result.reason}`);
  return result.svg;
};

describe('Adobe Illustrator’s default SVG export', () => {
  it('is accepted, its class rules written as attributes and enable-background dropped', () => {
    expect(ILLUSTRATOR).toMatch(/^<\?xml version="1\.0" encoding="utf-8"\?>\r\n<!-- Generator: Adobe Illustrator/);
    const out = published(ILLUSTRATOR);
    expect(out).toContain('<rect x="8" y="8" width="64" height="64" fill="#0071BC"/>');
    expect(out).toContain(
      '<circle cx="40" cy="40" r="22" fill="none" stroke="#1D1D1B" stroke-width="2" stroke-miterlimit="10"/>',
    );
    expect(out).toContain(
      `<text transform="matrix(1 0 0 1 86 50)" fill="#1D1D1B" font-family="'MyriadPro-Bold'" font-size="28px">Logo</text>`,
    );
    for (const gone of ['<style', 'enable-background', 'class=', 'Generator', '<?xml', 'xmlns:xlink'])
      expect(out, gone).not.toContain(gone);
    // The build checks the published file again: the result passes unchanged.
    expect(published(out)).toBe(out);
  });

  it('passes the content check as a partner’s logo', () => {
    const f: Fixture = contentFixture();
    try {
      f.write('content/media/logos/biom.svg', ILLUSTRATOR);
      expect(f.check().lines).toEqual([]);
    } finally {
      f.cleanUp();
    }
  });
});

describe('class rules and enable-background, rule by rule', () => {
  it('a class rule wins over the element’s own attribute, style="…" wins over both, as in CSS', () => {
    const out = published(
      svg(
        '<style>.a{fill:blue;stroke:red}</style><rect class="a" fill="green" style="stroke:black" width="1" height="1"/>',
      ),
    );
    expect(out).toContain('<rect style="stroke:black" width="1" height="1" fill="blue" stroke="red"/>');
  });

  it('reads grouped selectors, later rules, CDATA, classes without a rule and a <style> after the shapes', () => {
    const out = published(
      svg(
        '<rect class="a b keep" width="1" height="1"/><style><![CDATA[.a,.b{fill:red}.b{fill:#00f;opacity:.5}]]></style>',
      ),
    );
    expect(out).toContain('<rect class="keep" width="1" height="1" fill="#00f" opacity=".5"/>');
  });

  it('drops enable-background as an attribute and inside style="…", keeping the rest of the style', () => {
    const out = published(
      svg(
        '<g enable-background="new 0 0 10 10" style="enable-background:new;fill:red"><rect width="1" height="1"/></g>',
      ),
    );
    expect(out).toContain('<g style="fill:red">');
    expect(published(svg('<g style="enable-background:new 0 0 10 10;"/>'))).toContain('<g/>');
  });

  it.each([
    ['rect{fill:red}', 'has a <style> rule for "rect"; only rules for a class (.name{…}) are allowed'],
    ['.a .b{fill:red}', 'has a <style> rule for ".a .b"; only rules for a class (.name{…}) are allowed'],
    ['.a:hover{fill:red}', 'has a <style> rule for ".a:hover"; only rules for a class (.name{…}) are allowed'],
    ['#logo{fill:red}', 'has a <style> rule for "#logo"; only rules for a class (.name{…}) are allowed'],
    [
      '@import url(https://x.example/a.css);',
      'has a <style> block with "@import url(https://x.example/a.css);", which is not a class rule; only rules such as .st0{fill:#0071BC;} are allowed',
    ],
    [
      '@font-face{font-family:x;src:url(https://x.example/f.woff)}',
      'has a <style> rule for "@font-face"; only rules for a class (.name{…}) are allowed',
    ],
    ['.a{behavior:url(x.htc)}', 'has a <style> rule in which the style property "behavior" is not allowed'],
    [
      '.a{fill:url(https://x.example/#g)}',
      'has a <style> rule in which the style property "fill": it refers to something outside this file',
    ],
    [
      '.a{fill:red',
      'has a <style> block with ".a{fill:red", which is not a class rule; only rules such as .st0{fill:#0071BC;} are allowed',
    ],
    [
      '.a{fill:red}}',
      'has a <style> block with "}", which is not a class rule; only rules such as .st0{fill:#0071BC;} are allowed',
    ],
    ['/* note */.a{fill:red}', 'has a <style> rule for "/* note */.a"; only rules for a class (.name{…}) are allowed'],
  ])('refuses the <style> rule %s', (css, reason) => {
    expect(sanitizeSvg(svg(`<style type="text/css">${css}</style><rect class="a" width="1" height="1"/>`))).toEqual({
      ok: false,
      reason,
    });
  });

  it('still checks a class attribute as written, whether or not a rule resolves its classes', () => {
    for (const classes of ['a url(https://x.example/)', 'a javascript:alert(1)'])
      expect(sanitizeSvg(svg(`<style>.a{fill:red}</style><rect class="${classes}"/>`)), classes).toMatchObject({
        ok: false,
      });
    expect(sanitizeSvg(svg('<rect class="a\u202Eb"/>'))).toMatchObject({ ok: false });
  });

  it('refuses a <style> that is not plain CSS, or holds elements', () => {
    expect(sanitizeSvg(svg('<style type="text/xsl">.a{fill:red}</style>'))).toEqual({
      ok: false,
      reason: 'has <style type="text/xsl">; only <style type="text/css"> is allowed',
    });
    expect(sanitizeSvg(svg('<style media="print">.a{fill:red}</style>'))).toMatchObject({ ok: false });
    expect(sanitizeSvg(svg('<style><rect/></style>'))).toEqual({
      ok: false,
      reason: 'has an element inside its <style> block',
    });
  });
});
