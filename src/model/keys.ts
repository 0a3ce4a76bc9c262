/**
 * How entries and clauses are named, defined once: the file-name key of an entry (which other
 * entries use to refer to it) and the anchor of a clause on the MoU page.
 *
 * No imports and only erasable type syntax, so Node loads it directly as well as through Vite.
 */

/** A file name (without extension) that may name an entry: lower case, digits and single hyphens. */
export const KEY_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;
/** What KEY_PATTERN asks for, in the words the content check and the editor's form both use. */
export const KEY_RULE = 'must use only lower-case letters a–z, digits and single hyphens (e.g. item-07)';
/** KEY_RULE in Japanese, for the editor's form. */
export const KEY_RULE_JA =
  '小文字の英字 a–z、数字、ハイフン（-）だけを使ってください。ハイフンは1つずつ、英字や数字の間に入れます（例：item-07）。';

/** The two kinds of clause: a purpose (section 1) or an agreed item (section 2). */
export const CLAUSE_KINDS = ['purpose', 'item'] as const;
export type ClauseKind = (typeof CLAUSE_KINDS)[number];

/**
 * A clause's key and its anchor on the MoU page, e.g. agreed item 8 → "item-8" (/en/mou/#item-8):
 * the number as the site shows it, without leading zeros.
 */
export function clauseAnchor(kind: ClauseKind, number: number): string {
  return `${kind}-${number}`;
}

/** An anchor that has the form of a clause's, "item-12" → ['item', '12'], else undefined. */
export function parseClauseAnchor(anchor: string): [ClauseKind, string] | undefined {
  const match = new RegExp(`^(${CLAUSE_KINDS.join('|')})-(\\d+)$`).exec(anchor);
  return match ? [match[1] as ClauseKind, match[2]!] : undefined;
}
