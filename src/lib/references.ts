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
  const text = new Cite(item).format('bibliography', { template: style, lang: 'en-US', format: 'text' }).trim();
  return text.replace(/^(?:1\.|\[1\])\s+/, '');
}
