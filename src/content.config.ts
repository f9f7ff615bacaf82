import { defineCollection } from 'astro:content';
import { abstractsLoader } from './loaders/abstracts-loader.ts';
import { paperEntrySchema } from './schemas/paper.ts';

export const collections = {
  abstracts: defineCollection({
    // `CONTENT_DIR` builds another set of records (test fixtures, the benchmark's scratch copy).
    loader: abstractsLoader({ base: process.env['CONTENT_DIR'] ?? './content/abstracts/' }),
    schema: paperEntrySchema,
  }),
};
