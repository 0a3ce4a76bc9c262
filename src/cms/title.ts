/**
 * The content editor's name: in the browser tab, on its sign-in page and in its welcome message
 * (Sveltia's app_title), and in the page's own title before the editor starts. Japanese first, the
 * editors' language, then the English in brackets, as the field hints and form messages give it.
 * No imports: the admin page (src/integrations/cms-admin.ts) and the configuration both read it.
 */
export const CMS_TITLE = { ja: '川崎市 × BioM コンテンツ編集', en: 'Kawasaki × BioM content editor' } as const;

/** The name as the editor shows it. */
export const CMS_APP_TITLE = `${CMS_TITLE.ja}（${CMS_TITLE.en}）`;
