import { readFileSync } from 'node:fs';
import { plugins } from '@citation-js/core';
import type { CslItem } from './csl.ts';
import { Cite } from './citation-js.ts';
import { referenceStyles, type ReferenceStyle } from './reference-styles.ts';

// GB/T 7714-2015 is not among the styles `@citation-js/plugin-csl` bundles; its CSL file is
// shipped in `csl/` (CC BY-SA 3.0, see `csl/NOTICE.md`). Read from disk, not imported: this
// module runs in the content loader's worker threads, outside Vite.
plugins.config
  .get('@csl')
  .styles.add(
    'gb-t-7714',
    readFileSync(new URL('./csl/china-national-standard-gb-t-7714-2015-numeric.csl', import.meta.url), 'utf8'),
  );

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

/**
 * The paper's reference in every style. citeproc takes milliseconds a reference (APA most), so
 * the content loader calls this once per paper, in its worker threads, and stores the result.
 */
export function formatReferences(item: CslItem): Record<ReferenceStyle, string> {
  const cited = { ...item };
  // The abstract is no part of a reference.
  delete cited.abstract;
  return Object.fromEntries(referenceStyles.map((style) => [style, formatReference(cited, style)])) as Record<
    ReferenceStyle,
    string
  >;
}
