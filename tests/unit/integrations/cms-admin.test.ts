import { describe, expect, it } from 'vitest';
import { cmsConfig } from '../../../src/cms/config';
import { SIGN_IN_NOTE, adminHtml, cmsBundle, uiLocaleFiles } from '../../../src/integrations/cms-admin';

describe('the content editor page and bundle', () => {
  it('explains sign-in on the start page until it is configured, and says nothing once it is', () => {
    expect(adminHtml(false)).toContain(SIGN_IN_NOTE.ja);
    expect(adminHtml(false)).toContain(SIGN_IN_NOTE.en);
    expect(adminHtml(true)).not.toContain('sign-in-note');
  });

  it('asks /admin/locales/ for its interface strings, offers only English and Japanese, and names no CDN', async () => {
    const code = (await cmsBundle()).script.toString();
    expect(code).toContain('`/admin/locales`');
    expect(code).toContain('`en-US,ja`');
    expect(code).not.toMatch(/unpkg\.com\/@sveltia\/cms@\$\{\w+\}\/locales/);
    expect([...uiLocaleFiles().keys()]).toEqual(['ja.json']);
  });

  it('names the editor in Japanese first, then in English, in its configuration and in the page title alike', () => {
    const title = '川崎市 × BioM コンテンツ編集（Kawasaki × BioM content editor）';
    expect(cmsConfig({ repo: 'owner/name', branch: 'main' }).app_title).toBe(title);
    expect(adminHtml()).toContain(`<title>${title}</title>`);
  });
});
