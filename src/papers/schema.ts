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

/** An ORCID iD (`0000-0002-1825-0097`), without the `https://orcid.org/` before it. */
export const orcidSchema = z
  .string()
  .regex(/^\d{4}-\d{4}-\d{4}-\d{3}[\dX]$/, 'expected an ORCID iD such as 0000-0002-1825-0097');

/** A PubMed identifier (`31918710`). */
export const pmidSchema = z.string().regex(/^[1-9]\d{0,9}$/, 'expected a PubMed identifier: digits, such as 31918710');

/** A PubMed Central identifier (`PMC6953249`). */
export const pmcidSchema = z.string().regex(/^PMC\d+$/, 'expected a PubMed Central identifier such as PMC6953249');

/** The number of an affiliation in the paper's list, from 1, as the page numbers them. */
const affiliationNumber = z
  .string()
  .regex(/^[1-9]\d*$/, 'expected the number of an affiliation in the list: 1 for the first')
  .transform(Number);

/**
 * An author: a name as PubMed abbreviates it (`Laï MC`, a group's name in full), or the same
 * name with what PubMed's exports add. Either form is read as the object.
 */
export const authorSchema = z
  .union([
    nonEmpty,
    z.strictObject({
      /** Family name, then the initials run together (`Laï MC`), as PubMed's `AU`; a group's name in full. */
      name: nonEmpty,
      /** Family name, from PubMed's full name (`FAU  - Laï, Marie-Catherine`); absent for a group. */
      family: nonEmpty.optional(),
      /** Given names in full, from the same. */
      given: nonEmpty.optional(),
      /** ORCID iD, without `https://orcid.org/`. */
      orcid: orcidSchema.optional(),
      /** The author's affiliations by their number in `affiliations` (1 is the first). */
      affiliations: z.array(affiliationNumber).optional(),
    }),
  ])
  .transform((author) => (typeof author === 'string' ? { name: author } : author));

/** A published notice about the paper: an erratum or a retraction, in either direction. */
export const noticeSchema = z.strictObject({
  /** What the notice is: the paper's erratum or retraction, or the paper it corrects or retracts. */
  kind: z.enum(['erratum-in', 'erratum-for', 'retraction-in', 'retraction-of']),
  /** The notice's citation as PubMed gives it (`Lancet. 2020 Jun 13;395(10240):1820`). */
  citation: nonEmpty,
  /** The notice's PubMed identifier, when given. */
  pmid: pmidSchema.optional(),
});

/**
 * The language-independent facts of a paper: the frontmatter of `content/abstracts/<slug>.md`.
 * Each fact lives here once; the abstracts in the body are the only per-language content.
 * An author's affiliation numbers must name affiliations of the list.
 */
export const paperSchema = z
  .strictObject({
    /** The published title, when known; pages fall back to a heading built from the citation. */
    title: nonEmpty.optional(),
    /** The title in the language of publication when that is not English (PubMed's `VTI`). */
    vernacularTitle: z
      .strictObject({
        /** The title as published. */
        text: nonEmpty,
        /** Its BCP 47 language tag (`fr`, `zh`), when known. */
        lang: z
          .string()
          .regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'expected a BCP 47 language tag such as fr')
          .optional(),
      })
      .optional(),
    /** Authors in publication order, when known (see {@link authorSchema}). */
    authors: z.array(authorSchema).optional(),
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
    /** The paper's PubMed identifier, linked to its PubMed page. */
    pmid: pmidSchema.optional(),
    /** The paper's PubMed Central identifier, linked to its full text there. */
    pmcid: pmcidSchema.optional(),
    /** Affiliations in the order the record lists them. */
    affiliations: z.array(nonEmpty).default([]),
    /** The authors' keywords (PubMed's `OT`), in their order; each links to a search for it. */
    keywords: z.array(nonEmpty).default([]),
    /**
     * MeSH headings as PubMed prints them: the descriptor, then `/` and each qualifier, `*` before
     * a major topic (`Artificial Intelligence/*legislation & jurisprudence`).
     */
    mesh: z.array(nonEmpty).default([]),
    /** Publication types (PubMed's `PT`: `Journal Article`, `Retracted Publication`). */
    publicationTypes: z.array(nonEmpty).default([]),
    /** Errata and retractions of the paper, or the paper it corrects or retracts. */
    notices: z.array(noticeSchema).default([]),
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
  })
  .superRefine((paper, ctx) => {
    for (const [index, author] of (paper.authors ?? []).entries()) {
      for (const [at, number] of (author.affiliations ?? []).entries()) {
        if (number <= paper.affiliations.length) continue;
        ctx.addIssue({
          code: 'custom',
          path: ['authors', index, 'affiliations', at],
          message: `no affiliation ${number}: the list has ${paper.affiliations.length}; expected the number of one of them`,
        });
      }
    }
  });

/** One section of an abstract: its heading and the id shared by every language (`background`). */
export const abstractSectionSchema = z.strictObject({
  id: z.string(),
  label: z.string(),
});

/** One language's abstract, rendered by the Markdown pipeline. */
export const renderedAbstractSchema = z.strictObject({
  /**
   * Its HTML (sections wrapped and ids set by the plugins in `src/plugins`) in top-level runs,
   * each section alone, ids marked for the side-by-side view (`src/lib/abstract-parts.ts`).
   */
  parts: z.array(z.strictObject({ section: z.string().optional(), html: z.string() })),
  /** The sections in order; empty for an unstructured abstract. */
  sections: z.array(abstractSectionSchema),
  /** The abstract as one line of plain text, each section's label leading it (`Background: …`). */
  text: z.string(),
});

/** What the collection holds per paper: the facts plus each language's rendered abstract. */
export const paperEntrySchema = paperSchema.safeExtend({
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
/** One author after validation: always the object form. */
export type Author = z.output<typeof authorSchema>;
/** One erratum or retraction notice. */
export type Notice = z.output<typeof noticeSchema>;
/** One related citation after validation. */
export type RelatedCitation = z.output<typeof relatedCitationSchema>;
/** One abstract section. */
export type AbstractSection = z.output<typeof abstractSectionSchema>;
/** What the collection holds per paper, after validation. */
export type PaperEntry = z.output<typeof paperEntrySchema>;
/** A rendered abstract. */
export type RenderedAbstract = z.output<typeof renderedAbstractSchema>;
