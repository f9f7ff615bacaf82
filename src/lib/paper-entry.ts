import type { CollectionEntry } from 'astro:content';

/**
 * A paper as the collection holds it, typed from the collection's schema
 * (src/papers/schema.ts) through Astro: the features that read papers take these types, so they
 * never import the content layer that produces them.
 */
export type PaperEntry = CollectionEntry<'abstracts'>['data'];

/** The paper's facts: its frontmatter after validation. */
export type PaperFacts = Omit<PaperEntry, 'abstracts' | 'references'>;

/** The facts and the rendered abstracts: what a page about the paper reads. */
export type PaperWithAbstracts = Omit<PaperEntry, 'references'>;

/** One language's rendered abstract. */
export type RenderedAbstract = PaperEntry['abstracts'][string];

/** One entry of the related-citation list. */
export type RelatedCitation = PaperEntry['related'][number];

/** An erratum or retraction notice. */
export type Notice = PaperEntry['notices'][number];
