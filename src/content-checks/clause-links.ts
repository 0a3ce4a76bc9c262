/**
 * Links to clauses must point at clauses that exist. A clause's anchor on the MoU page
 * (#purpose-2, #item-7) comes from its file in content/clauses/; a link written in content
 * (Markdown, MDX or HTML links in a body) or in a UI string that names a clause the content does
 * not have is refused, naming the file. Text the site itself builds on a clause (the offers on
 * /business/, the note on /partners/) is listed in src/lib/clause-references.ts; the pages leave
 * it out while its clause is missing, and the check says so as a warning. The UI strings and that
 * list belong to higher layers, so they are handed in (src/lib/site-check.ts), never imported.
 */
import { LOCALES, clauseAnchor, parseClauseAnchor, type ClauseKind, type CollectionName, type Locale } from '../model';
import type { Problem } from './problem';

interface EntryLike {
  collection: CollectionName;
  locale: Locale;
  file: string;
  body?: string;
  /** The body's link addresses, as its one scan collected them (entry-check.ts). */
  links?: readonly { url: string; line?: number }[];
  data?: Record<string, unknown>;
  draft: boolean;
}

/** The site's UI strings, by language and key. */
export type SiteStrings = Readonly<Partial<Record<Locale, Readonly<Record<string, string>>>>>;

/** A place where the site's own text rests on a clause (src/lib/clause-references.ts). */
export interface SiteClauseReference {
  kind: ClauseKind;
  number: number;
  /** The source file that holds the reference. */
  file: string;
  /** What depends on the clause, for the message. */
  what: string;
}

/** The anchor a link names when it is a link to a clause of the MoU page ("item-12"), else undefined. */
export function clauseLinkTarget(url: string): string | undefined {
  const hash = url.indexOf('#');
  if (hash === -1) return undefined;
  const match = parseClauseAnchor(url.slice(hash + 1));
  if (!match) return undefined;
  const page = url.slice(0, hash).replace(/\?.*$/, '');
  // "#item-3" on the MoU page itself, or the MoU page (or its print version) in either language,
  // written as a path ("/en/mou/", "../mou/") or as a full address.
  if (page === '' || /(^|\/)mou\/?(print\/?)?$/.test(page)) return `${match[0]}-${match[1]}`;
  return undefined;
}

/** "agreed item (12)" / "purpose (5)": how the site names a clause. */
export function describeClause(anchor: string): string {
  const [kind, number] = anchor.split('-') as [ClauseKind, string];
  return `${kind === 'item' ? 'agreed item' : 'purpose'} (${number.replace(/^0+(?=\d)/, '')})`;
}

/** The anchors of each language's published clauses; a language whose clauses failed their checks has none. */
function clauseAnchors(entries: readonly EntryLike[]): Map<Locale, Set<string>> {
  const clauses = entries.filter((e) => e.collection === 'clauses');
  const anchors = new Map<Locale, Set<string>>();
  for (const locale of LOCALES) {
    // A clause that failed its own checks has been reported; without it the list would be wrong.
    if (clauses.some((e) => e.locale === locale && !e.data)) continue;
    anchors.set(
      locale,
      new Set(
        clauses
          .filter((e) => e.locale === locale && !e.draft)
          .map((e) => clauseAnchor(e.data!.kind as ClauseKind, e.data!.number as number)),
      ),
    );
  }
  return anchors;
}

const missing = (url: string, anchor: string, existing: ReadonlySet<string>) => {
  // "#item-02" for item (2): the page's anchors carry the number as the site shows it, "#item-2".
  const written = anchor.replace(/-0+(?=\d)/, '-');
  return written !== anchor && existing.has(written)
    ? `the link "${url}" must name ${describeClause(anchor)} as #${written}, without the leading zero; correct the link.`
    : `the link "${url}" goes to ${describeClause(anchor)}, which the memorandum on this site does not have (its clauses are the files in content/clauses/); correct the link or remove it.`;
};

/** Clause links in the content's Markdown and MDX bodies. */
export function checkContentClauseLinks(entries: readonly EntryLike[], problems: Problem[]) {
  const anchors = clauseAnchors(entries);
  for (const entry of entries) {
    const existing = anchors.get(entry.locale);
    if (!existing || !entry.data || entry.draft) continue;
    for (const link of entry.links ?? []) {
      const anchor = clauseLinkTarget(link.url);
      if (anchor && !existing.has(anchor))
        problems.push({
          file: entry.file,
          ...(link.line ? { line: link.line } : {}),
          message: missing(link.url, anchor, existing),
        });
    }
  }
}

/** Clause links in the site's UI strings, and the site's own references to clauses (warnings). */
export function checkSiteClauseLinks(
  entries: readonly EntryLike[],
  problems: Problem[],
  warnings: string[],
  strings: SiteStrings,
  references: readonly SiteClauseReference[],
) {
  const anchors = clauseAnchors(entries);
  for (const locale of LOCALES) {
    const existing = anchors.get(locale);
    if (!existing) continue;
    for (const [key, text] of Object.entries(strings[locale] ?? {})) {
      for (const match of text.matchAll(/[\w.:/~%-]*#(?:purpose|item)-\d+/g)) {
        const anchor = clauseLinkTarget(match[0]);
        if (anchor && !existing.has(anchor))
          problems.push({
            file: 'src/i18n/ui.ts',
            field: `${locale} "${key}"`,
            message: missing(match[0], anchor, existing),
          });
      }
    }
  }

  for (const reference of references) {
    const anchor = clauseAnchor(reference.kind, reference.number);
    const lacking = LOCALES.filter((locale) => anchors.get(locale) && !anchors.get(locale)!.has(anchor));
    if (lacking.length > 0)
      warnings.push(
        `${reference.file}: ${reference.what} rests on ${describeClause(anchor)}, which is not in content/clauses/ (${lacking.join(', ')}); the page leaves it out until the clause exists again.`,
      );
  }
}

/** Both: clause links in the content, and (when given) in the site's strings and references. */
export function checkClauseLinks(
  entries: readonly EntryLike[],
  problems: Problem[],
  warnings: string[],
  strings: SiteStrings = {},
  references: readonly SiteClauseReference[] = [],
) {
  checkContentClauseLinks(entries, problems);
  checkSiteClauseLinks(entries, problems, warnings, strings, references);
}
