// The one place that says where the site lives. Everything that needs an absolute URL
// (canonical links, hreflang, sitemap, feeds, Open Graph) reads it from here.
// Override at build time with SITE_URL=https://example.org npm run build.
export const SITE_URL = process.env.SITE_URL ?? 'https://kawasaki-biom.example.jp';

// Where visitors report accessibility problems to the site's operator: an https:// web form or
// page, or a mailto: address. Empty until the operator provides one; the accessibility statement
// then points visitors to the partners' official websites instead. Nothing is assumed here: set
// it at build time, e.g. FEEDBACK_URL=https://example.org/contact npm run build.
export const FEEDBACK_URL = process.env.FEEDBACK_URL ?? '';

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
