import { defineCollection } from 'astro:content';
import { abstractsLoader } from './loaders/abstracts-loader.ts';
import { paperEntrySchema } from './schemas/paper.ts';

export const collections = {
  abstracts: defineCollection({
    loader: abstractsLoader({ base: './content/abstracts/' }),
    schema: paperEntrySchema,
  }),
};
