// The one place that says where the site lives. Everything that needs an absolute URL
// (canonical links, hreflang, sitemap, feeds, Open Graph) reads it from here.
// Override at build time with SITE_URL=https://example.org npm run build (an empty variable, as a
// CI workflow passes an unset one, counts as unset).
export const SITE_URL = process.env.SITE_URL || 'https://kawasaki-biom.example.jp';

// Who runs this site and how visitors reach them (accessibility problems included). The City's
// announcement does not say who operates this microsite, so nothing is assumed: set the
// operator's name in both languages and a contact (an https:// page or form, or a mailto:
// address) at build time, e.g.
//   OPERATOR_NAME_JA=… OPERATOR_NAME_EN=… OPERATOR_CONTACT=https://example.org/contact npm run build
// The footer and the accessibility statement show them. Until they are set, a development build
// shows a marked placeholder; a build for the public (DEPLOY=production) refuses to run.
export const OPERATOR = {
  name: { ja: process.env.OPERATOR_NAME_JA ?? '', en: process.env.OPERATOR_NAME_EN ?? '' },
  contact: process.env.OPERATOR_CONTACT ?? '',
};

// A build meant for the public is marked DEPLOY=production (the deploy workflow sets it). Not
// CI or NODE_ENV: the test suite builds with CI=true, and Astro sets NODE_ENV=production for
// every build.
export const PRODUCTION = process.env.DEPLOY === 'production';

/**
 * What is wrong with the operator setting, one line each, in words an editor understands; empty
 * when it may be built. A contact that is set must be an https:// or mailto: address; in a
 * production build the name (both languages) and the contact must be set.
 * @param {{ name: { ja: string; en: string }; contact: string }} operator
 * @param {boolean} production
 * @returns {string[]}
 */
export function operatorProblems(operator, production) {
  const problems = [];
  const contact = operator.contact.trim();
  if (contact) {
    let url;
    try {
      url = new URL(contact);
    } catch {
      url = undefined;
    }
    if (!url || (url.protocol !== 'https:' && url.protocol !== 'mailto:'))
      problems.push(
        `site.config.mjs: OPERATOR_CONTACT must be an https:// address or a mailto: address (got "${contact}")`,
      );
  }
  if (production) {
    const missing = [
      !operator.name.ja.trim() && 'OPERATOR_NAME_JA (the operator’s name in Japanese)',
      !operator.name.en.trim() && 'OPERATOR_NAME_EN (the operator’s name in English)',
      !contact && 'OPERATOR_CONTACT (an https:// contact page or a mailto: address)',
    ].filter(Boolean);
    if (missing.length)
      problems.push(
        `site.config.mjs: a production build (DEPLOY=production) needs the site's operator; set ${missing.join(', ')}`,
      );
  }
  return problems;
}

// The content editor (Sveltia CMS at /admin/, docs/editing.md) commits to this GitHub repository
// and branch, through pull requests. CMS_AUTH_URL is the address of the OAuth client that signs
// editors in (no secret here: the client secret lives only in that service).
// An empty variable (as a CI workflow passes an unset one) counts as unset.
export const CMS_REPO = process.env.CMS_REPO || 'OWNER/kawasaki-biom-mou';
export const CMS_BRANCH = process.env.CMS_BRANCH || 'main';
export const CMS_AUTH_URL = process.env.CMS_AUTH_URL ?? '';
// Sign-in works only once both are set (docs/editing.md, "Setting up sign-in"); until then the
// editor's start page says so instead of letting "Sign In with GitHub" hang.
export const CMS_SIGN_IN_READY = !CMS_REPO.startsWith('OWNER/') && CMS_AUTH_URL !== '';
