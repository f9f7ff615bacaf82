/**
 * How the content store keeps one language's rendered abstract: its HTML once, for both of the
 * views a paper page shows it in (the abstract in the page's language, and its column side by
 * side with the other language), cut at its top-level sections.
 *
 * Both views are on one page, so in the side-by-side column every id the abstract defines, and
 * every reference to one, carries the language (`background-en`), and each sentence can take
 * the focus. The stored HTML marks those places instead: each such id is followed by U+0000,
 * which no abstract can hold (Markdown and HTML parsing both turn it into U+FFFD), and which the
 * HTML serializer writes as {@link idMark} (any `&` of the text itself is written `&#x26;`).
 * Keeping the abstract once instead of once a view made the store a third smaller.
 */
export const idMark = '&#x0;';

/** A run of the abstract's top-level HTML: one section (by its shared id), or what is between sections. */
export interface AbstractPart {
  section?: string | undefined;
  html: string;
}

/** The abstract's HTML as the page in its own language shows it. */
export function abstractHtml(abstract: { parts: readonly AbstractPart[] }): string {
  return abstract.parts
    .map((part) => part.html)
    .join('')
    .replaceAll(idMark, '');
}

/** A part's HTML as the side-by-side column of `lang` shows it: ids suffixed, sentences focusable. */
export function columnHtml(html: string, lang: string): string {
  return html
    .replaceAll(idMark, `-${lang}`)
    .replaceAll('<span class="sentence"', '<span class="sentence" tabindex="0"');
}
