import { z } from 'astro/zod';
import { parsePartialDate, type PartialDate } from '../lib/partial-date.ts';
import { referenceStyles } from '../citations/styles.ts';
import { pairLinksExample, pairLinksPattern } from '../pairing/pair-links.ts';

/** A date at the precision known: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, checked against the calendar. */
export const partialDateSchema = z.string().transform((text, ctx): PartialDate => {
  const date = /^\d{4}(-\d{2}(-\d{2})?)?$/.test(text) ? parsePartialDate(text) : undefined;
  if (!date) {
    ctx.addIssue({
      code: 'custom',
      message: `expected a real date written YYYY, YYYY-MM or YYYY-MM-DD, got "${text}"`,
    });
    return z.NEVER;
  }
  return date;
});

/** A DOI as Crossref mints them: `10.<registrant>/<suffix>`, without a `https://doi.org/` prefix. */
export const doiSchema = z
  .string()
  .regex(/^10\.\d{4,9}\/\S+$/, 'expected a DOI of the form 10.<digits>/<suffix>, without "https://doi.org/"');

const nonEmpty = z
  .string({ error: (issue) => (issue.input === undefined ? 'missing; expected text' : 'expected text') })
  .trim()
  .min(1, 'expected non-empty text');

/** One entry of a paper's related-citation list, as PubMed gives them: journal and date. */
export const relatedCitationSchema = z.strictObject({
  /** The journal's NLM abbreviation, as given (`Medicina (Kaunas)`). */
  journal: nonEmpty,
  /** Publication date, at the precision the record gives (`2019-03` is March 2019). */
  date: partialDateSchema,
});

/**
 * The language-independent facts of a paper: the frontmatter of `content/abstracts/<slug>.md`.
 * Each fact lives here once; the abstracts in the body are the only per-language content.
 */
export const paperSchema = z.strictObject({
  /** The published title, when known; pages fall back to a heading built from the citation. */
  title: nonEmpty.optional(),
  /** Authors in NLM form (`Laï MC`), in publication order, when known. */
  authors: z.array(nonEmpty).optional(),
  /** The journal's NLM abbreviation (`J Transl Med`). */
  journal: nonEmpty,
  /** Publication date at the precision the citation gives. */
  date: partialDateSchema,
  /** Volume, as printed (may hold letters: `18 Suppl 2`). */
  volume: nonEmpty.optional(),
  /** Issue, as printed. */
  issue: nonEmpty.optional(),
  /** Pages in full (`249-255`) or an electronic locator (`e0123456`). */
  pages: nonEmpty.optional(),
  /** The article's DOI, when it has one. */
  doi: doiSchema.optional(),
  /** Affiliations in the order the record lists them. */
  affiliations: z.array(nonEmpty).default([]),
  /** Related citations in the record's order; pages list them newest first. */
  related: z.array(relatedCitationSchema).default([]),
  /** Free notes a maintainer keeps with the record; never shown, kept by the importer. */
  notes: z.string().optional(),
  /**
   * A maintainer's pairing of the English and Chinese sentences of a section, where the automatic
   * one is wrong: section id (`abstract` for an unstructured abstract) to links such as
   * `1=1 2+3=2 4=-` (see the README's content format); kept by the importer.
   */
  pairs: z
    .record(
      z.string(),
      z.string().regex(pairLinksPattern, `expected links like ${pairLinksExample}, sentence numbers from 1`),
    )
    .optional(),
});

/** One section of an abstract: its heading and the id shared by every language (`background`). */
export const abstractSectionSchema = z.strictObject({
  id: z.string(),
  label: z.string(),
});

/** One language's abstract, rendered by the Markdown pipeline. */
export const renderedAbstractSchema = z.strictObject({
  /** HTML of the abstract, sections wrapped and ids set by the plugins in `src/plugins`. */
  html: z.string(),
  /** The sections in order; empty for an unstructured abstract. */
  sections: z.array(abstractSectionSchema),
  /** The abstract as one line of plain text, each section's label leading it (`Background: …`). */
  text: z.string(),
  /** The abstract cut for the side-by-side view, ids suffixed with the language (`parallelParts`). */
  parallel: z.strictObject({
    lead: z.string().optional(),
    sections: z.array(z.strictObject({ id: z.string(), html: z.string() })),
  }),
});

/** What the collection holds per paper: the facts plus each language's rendered abstract. */
export const paperEntrySchema = paperSchema.extend({
  /** Rendered abstracts keyed by BCP 47 tag; at least one language is present. */
  abstracts: z.record(z.string(), renderedAbstractSchema),
  /** The paper's reference in each citation style, formatted once by the content loader. */
  references: z.strictObject(
    Object.fromEntries(referenceStyles.map((style) => [style, z.string()])) as Record<
      (typeof referenceStyles)[number],
      z.ZodString
    >,
  ),
});

/** A paper's facts as written in a content file (dates still text). */
export type PaperInput = z.input<typeof paperSchema>;
/** A paper's facts after validation. */
export type Paper = z.output<typeof paperSchema>;
/** One related citation after validation. */
export type RelatedCitation = z.output<typeof relatedCitationSchema>;
/** One abstract section. */
export type AbstractSection = z.output<typeof abstractSectionSchema>;
/** What the collection holds per paper, after validation. */
export type PaperEntry = z.output<typeof paperEntrySchema>;
/** A rendered abstract. */
export type RenderedAbstract = z.output<typeof renderedAbstractSchema>;
