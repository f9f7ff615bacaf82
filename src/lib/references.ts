import type { CslItem } from './csl.ts';
import { Cite } from './citation-js.ts';

/** The reference styles offered to readers, by their CSL template name. */
export const referenceStyles = ['apa', 'vancouver', 'gb-t-7714'] as const;

/** APA 7th edition, NLM/Vancouver (Citing Medicine) or GB/T 7714-2015 (numeric). */
export type ReferenceStyle = (typeof referenceStyles)[number];

/**
 * The paper's reference in `style`, as plain text to read and paste. The papers are in
 * English, so every style is rendered with English terms: GB/T 7714-2015 (§8.1.2) itself asks
 * for "et al." after the third author of a Western-language work, where a Chinese one has "等".
 * A numeric style numbers its list; one reference copied on its own carries no number.
 */
export function formatReference(item: CslItem, style: ReferenceStyle): string {
  // One reference has nothing to sort, and citeproc's sort keys cost more than the reference.
  const text = new Cite(item)
    .format('bibliography', { template: style, lang: 'en-US', format: 'text', nosort: true })
    .trim();
  return text.replace(/^(?:1\.|\[1\])\s+/, '');
}

// A paper's references appear on its page in every language: formatted once, then reused.
// The abstract is no part of a reference, nor of the key.
const formatted = new Map<string, Record<ReferenceStyle, string>>();

/** The paper's reference in every style. */
export function formatReferences(item: CslItem): Record<ReferenceStyle, string> {
  const cited = { ...item };
  delete cited.abstract;
  const key = JSON.stringify(cited);
  let references = formatted.get(key);
  if (!references) {
    references = Object.fromEntries(referenceStyles.map((style) => [style, formatReference(cited, style)])) as Record<
      ReferenceStyle,
      string
    >;
    formatted.set(key, references);
  }
  return references;
}
