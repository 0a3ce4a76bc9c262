/**
 * Each collection's schema, keyed by the collection names of the content model
 * (src/model/collections.ts). Astro's collections, the content check and the CMS all take the
 * schemas from here.
 */
import type { ZodType } from 'astro/zod';
import type { CollectionName } from '../model/collections';
import { ceremonySchema, participantSchema, photoSchema } from './ceremony';
import { clauseSchema, mouSchema } from './mou';
import { newsSchema } from './news';
import { organisationSchema } from './organisation';
import { statementSchema } from './statement';

/** The schema of each collection: a schema, or (where a field is an image) a factory of Astro's image(). */
export const SCHEMAS = {
  news: newsSchema,
  mou: mouSchema,
  clauses: clauseSchema,
  ceremony: ceremonySchema,
  photos: photoSchema,
  participants: participantSchema,
  organisations: organisationSchema,
  statements: statementSchema,
} as const satisfies Record<CollectionName, unknown>;

/** What the schema factories receive. Mirrors Astro's SchemaContext; the check passes its own image(). */
export interface CheckSchemaContext {
  image: () => ZodType;
}

/** A collection's schema, with the given image() for the collections that have image fields. */
export function schemaFor(collection: CollectionName, context: CheckSchemaContext): ZodType {
  const schema = SCHEMAS[collection] as ZodType | ((context: CheckSchemaContext) => ZodType);
  return typeof schema === 'function' ? schema(context) : schema;
}
