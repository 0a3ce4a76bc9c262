import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { collectionFolder, entryGlob, type CollectionName } from './model/collections';
import { SCHEMAS } from './schemas';

// Every entry lives at content/<collection>/<locale>/<key>.<ext>; its id is "<locale>/<key>".
// Folders, languages and extensions come from the model; each schema from src/schemas/index.ts.
const loader = (name: CollectionName) => glob({ base: `./${collectionFolder(name)}`, pattern: entryGlob(name) });

// One line per collection so that Astro infers each collection's own data type; `satisfies`
// fails the type check when the model gains or loses a collection this list does not.
export const collections = {
  news: defineCollection({ loader: loader('news'), schema: SCHEMAS.news }),
  mou: defineCollection({ loader: loader('mou'), schema: SCHEMAS.mou }),
  clauses: defineCollection({ loader: loader('clauses'), schema: SCHEMAS.clauses }),
  ceremony: defineCollection({ loader: loader('ceremony'), schema: SCHEMAS.ceremony }),
  photos: defineCollection({ loader: loader('photos'), schema: SCHEMAS.photos }),
  participants: defineCollection({ loader: loader('participants'), schema: SCHEMAS.participants }),
  organisations: defineCollection({ loader: loader('organisations'), schema: SCHEMAS.organisations }),
  statements: defineCollection({ loader: loader('statements'), schema: SCHEMAS.statements }),
} satisfies Record<CollectionName, unknown>;
