import { defineCollection } from 'astro:content';
import { abstractsLoader } from './papers/loader.ts';
import { paperEntrySchema } from './papers/schema.ts';

export const collections = {
  abstracts: defineCollection({
    // `CONTENT_DIR` builds another set of records (test fixtures, the benchmark's scratch copy).
    loader: abstractsLoader({ base: process.env['CONTENT_DIR'] ?? './content/abstracts/' }),
    schema: paperEntrySchema,
  }),
};
