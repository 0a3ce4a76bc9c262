import { locales } from '../i18n/locales';
import { localePath, pages } from '../i18n/urls';
import { entryKey, getNews } from './content';

/**
 * The pages the accessibility statement covers, in both languages, from the same sources the
 * routes are built from (tests/e2e/statement-record.spec.ts compares the list with the build).
 * The content editor under /admin/ is not among them: the statement names it as excluded.
 */
export async function pagesInScope(): Promise<string[]> {
  const news = await getNews('ja');
  return locales.flatMap((l) => [
    ...Object.values(pages).map((p) => localePath(l, p)),
    ...(l === 'ja' ? ['/mou/print/'] : []),
    ...news.map((entry) => localePath(l, `/news/${entryKey(entry.id)}/`)),
    localePath(l, '/accessibility/'),
    localePath(l, '/accessibility/results/'),
    localePath(l, '/404.html'),
  ]);
}
