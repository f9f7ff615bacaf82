import { columnHtml, type AbstractPart } from '../lib/abstract-parts.ts';

/** How one language's column is shown on a side-by-side page. */
export interface SideBySideColumn {
  /** The language's name in itself, heading its column (`简体中文`). */
  label: string;
  /** The language's name in the page's language, for notes (`Chinese`). */
  name: string;
  /** The `lang` attribute of its text on this page (none when it is the page's language). */
  attr: string | undefined;
}

/** One language's part of a row: its HTML, or `undefined` when that language lacks the section. */
export interface ParallelCell<L extends string> {
  lang: L;
  html: string | undefined;
}

/** One section in every language, shown side by side (or one under the other on phones). */
export interface ParallelRow<L extends string> {
  /** The section id shared by every language (`background`); `undefined` for text before any section. */
  id: string | undefined;
  cells: ParallelCell<L>[];
}

/** One language's abstract cut for the side-by-side view, every id in it suffixed `-<lang>`. */
export interface ParallelParts {
  /** HTML of the text before the first section (all of an unstructured abstract). */
  lead?: string | undefined;
  /** Each section's HTML by its shared id, in order. */
  sections: { id: string; html: string }[];
}

/**
 * Cuts one language's stored abstract into the text before its first section and its sections
 * (by their shared id), as its side-by-side column shows them: every id in it, and every
 * reference to one (`aria-labelledby`, `href="#..."`), gets the suffix `-<lang>`, so both
 * languages can sit in one page with unique ids, and each sentence (`src/pairing/`) can be
 * focused, to light it up with its counterpart. The content loader marked those places once
 * (`src/lib/abstract-parts.ts`), so no page parses HTML.
 */
export function parallelParts(parts: readonly AbstractPart[], lang: string): ParallelParts {
  const first = parts.findIndex((part) => part.section !== undefined);
  const lead = parts
    .slice(0, first === -1 ? parts.length : first)
    .map((part) => part.html)
    .join('')
    // Blank text around the lead is the pipeline's line breaks, not content.
    .trim();
  const sections = new Map<string, string>();
  for (const { section, html } of parts) {
    if (section !== undefined && !sections.has(section)) sections.set(section, columnHtml(html, lang));
  }
  return {
    lead: lead === '' ? undefined : columnHtml(lead, lang),
    sections: [...sections].map(([id, html]) => ({ id, html })),
  };
}

/**
 * Lines up the abstracts of `langs` (in that order; languages without an abstract are left out)
 * section by section, matching sections by their shared id. Sections present in one language
 * only get their own row, placed after the section that precedes them.
 */
export function parallelRows<L extends string>(
  abstracts: Readonly<Record<string, { parts: readonly AbstractPart[] }>>,
  langs: readonly L[],
): ParallelRow<L>[] {
  const columns = langs.flatMap((lang) => {
    const stored = abstracts[lang];
    const parts = stored && parallelParts(stored.parts, lang);
    return parts
      ? [{ lang, lead: parts.lead, sections: new Map(parts.sections.map((section) => [section.id, section.html])) }]
      : [];
  });
  const rows: ParallelRow<L>[] = [];
  if (columns.some((column) => column.lead !== undefined)) {
    rows.push({ id: undefined, cells: columns.map(({ lang, lead }) => ({ lang, html: lead })) });
  }
  for (const id of mergeOrders(columns.map((column) => [...column.sections.keys()]))) {
    rows.push({ id, cells: columns.map(({ lang, sections }) => ({ lang, html: sections.get(id) })) });
  }
  return rows;
}

/**
 * One order holding every id of `orders`: the first order as it is, then each id of the others
 * placed right after the id that precedes it there (or first, when nothing does).
 */
export function mergeOrders(orders: readonly (readonly string[])[]): string[] {
  const merged: string[] = [];
  for (const order of orders) {
    order.forEach((id, index) => {
      if (merged.includes(id)) return;
      const before = order.slice(0, index).findLast((previous) => merged.includes(previous));
      merged.splice(before === undefined ? 0 : merged.indexOf(before) + 1, 0, id);
    });
  }
  return merged;
}

/** The columns of the side-by-side view of a page in `pageLang`: its own language first. */
export function columnOrder<L extends string>(pageLang: L, langs: readonly L[]): L[] {
  return [pageLang, ...langs.filter((lang) => lang !== pageLang)];
}
