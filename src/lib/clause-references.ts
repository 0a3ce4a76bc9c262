/**
 * Every place where the site's own text (not the content) rests on a clause of the memorandum.
 * Pages show such text only while the clause exists, and the content check warns, naming the
 * file, when one no longer does; so deleting a clause never leaves a link to a missing anchor.
 */
import type { ClauseKind } from '../model/keys';
import { businessOffers } from './business';

export interface ClauseReference {
  kind: ClauseKind;
  number: number;
  /** The source file that holds the reference. */
  file: string;
  /** What depends on the clause, for the message. */
  what: string;
}

/** Agreed item (7): each party promotes the other with its logo; /partners/ says so and links to it. */
export const LOGO_CLAUSE = { kind: 'item', number: 7 } as const;

export const SITE_CLAUSE_REFERENCES: readonly ClauseReference[] = [
  ...businessOffers.map((offer) => ({
    kind: 'item' as const,
    number: offer.item,
    file: 'src/lib/business.ts',
    what: `the offer "${offer.title}" on /business/`,
  })),
  { ...LOGO_CLAUSE, file: 'src/pages/[...lang]/partners.astro', what: 'the note on the logos on /partners/' },
];
