import { joinChineseWords } from './chinese-words.ts';

/** A piece of an excerpt as shown: its text, and whether Pagefind marked it as matching the query. */
export interface ExcerptPiece {
  text: string;
  marked: boolean;
}

/** A section of a result's page that Pagefind found the query in (a heading or a related citation). */
export interface SubResult {
  title: string;
  url: string;
  excerpt: string;
  /** Where in the page the query's words are; more of them, a better section. */
  locations?: readonly number[];
}

/**
 * Pagefind's excerpt (the indexed text with `<` and `>` escaped and `<mark>` around the words
 * that match) as pieces of plain text, so it is shown as text and never parsed as HTML. The
 * spaces the index puts between Chinese words (`chinese-words.ts`) are taken out again.
 */
export function excerptPieces(excerpt: string): ExcerptPiece[] {
  const parts = excerpt.split(/(<\/?mark>)/);
  const pieces: ExcerptPiece[] = [];
  let marked = false;
  for (const part of parts) {
    if (part === '<mark>') marked = true;
    else if (part === '</mark>') marked = false;
    else if (part) pieces.push({ text: part.replaceAll('&lt;', '<').replaceAll('&gt;', '>'), marked });
  }
  const joined = joinChineseWords(pieces.map((piece) => piece.text));
  return pieces.map((piece, index) => ({ ...piece, text: joined[index] ?? piece.text })).filter((piece) => piece.text);
}

/**
 * The sections worth showing under a result, as Pagefind's own UI chooses them: not the first
 * when it is the page itself (the result's own link says that), and of the rest the `max` with the
 * most matches, in page order.
 */
export function shownSubResults(pageUrl: string, subResults: readonly SubResult[], max = 3): SubResult[] {
  const sections = subResults[0]?.url === pageUrl ? subResults.slice(1) : subResults;
  if (sections.length <= max) return [...sections];
  const best = new Set(
    [...sections]
      .sort((a, b) => (b.locations?.length ?? 0) - (a.locations?.length ?? 0))
      .slice(0, max)
      .map((section) => section.url),
  );
  return sections.filter((section) => best.has(section.url));
}

/** Which of the page's summary texts says how a search came out. */
export type SummaryKey = 'none' | 'one' | 'many';

/** The summary for `count` results. */
export function summaryKey(count: number): SummaryKey {
  return count === 0 ? 'none' : count === 1 ? 'one' : 'many';
}
