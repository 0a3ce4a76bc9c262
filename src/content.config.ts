import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { ceremonySchema, participantSchema, photoSchema } from './schemas/ceremony';
import { clauseSchema, mouSchema } from './schemas/mou';
import { newsSchema } from './schemas/news';
import { organisationSchema } from './schemas/organisation';
import { statementSchema } from './schemas/statement';

// Every entry lives at content/<collection>/<locale>/<key>.<ext>; its id is "<locale>/<key>".
const entries = (collection: string, pattern: string) =>
  glob({ base: `./content/${collection}`, pattern: `{ja,en}/${pattern}` });

export const collections = {
  news: defineCollection({ loader: entries('news', '*.{md,mdx}'), schema: newsSchema }),
  mou: defineCollection({ loader: entries('mou', '*.yaml'), schema: mouSchema }),
  clauses: defineCollection({ loader: entries('clauses', '*.{md,mdx}'), schema: clauseSchema }),
  ceremony: defineCollection({ loader: entries('ceremony', '*.{md,mdx}'), schema: ceremonySchema }),
  photos: defineCollection({ loader: entries('photos', '*.yaml'), schema: photoSchema }),
  participants: defineCollection({ loader: entries('participants', '*.yaml'), schema: participantSchema }),
  organisations: defineCollection({ loader: entries('organisations', '*.yaml'), schema: organisationSchema }),
  statements: defineCollection({ loader: entries('statements', '*.{md,mdx}'), schema: statementSchema }),
};
