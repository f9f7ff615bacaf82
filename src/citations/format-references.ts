import { readFileSync } from 'node:fs';
import { plugins } from '@citation-js/core';
import CSL, { type CiteprocEngine } from 'citeproc';
import type { CslItem } from './csl-item.ts';
import './citation-js.ts';
import { referenceStyles, type ReferenceStyle } from './styles.ts';

// The CSL styles and locales citation-js bundles (`@citation-js/plugin-csl`), plus GB/T
// 7714-2015, which it lacks; its CSL file is shipped in `csl/` (CC BY-SA 3.0, see
// `csl/NOTICE.md`). Read from disk, not imported: this module runs in the content loader's
// worker threads, outside Vite.
const csl = plugins.config.get('@csl');
csl.styles.add(
  'gb-t-7714',
  readFileSync(new URL('./csl/china-national-standard-gb-t-7714-2015-numeric.csl', import.meta.url), 'utf8'),
);

/**
 * The style with only what one reference on its own needs. citeproc renders every item's
 * in-text citation when the item is added (to find citations that look alike and disambiguate
 * them, e.g. APA's "2020a") and its bibliography sort keys (APA's are its author, date and title
 * macros), and compiles both when the engine is made: for APA that was 2 s an engine and more
 * than half of each reference's time. The site prints no in-text citation and never a list of
 * several references, so the citation becomes an empty one and the bibliography loses its sort;
 * every reference reads the same, character for character.
 */
function referenceOnly(style: string): string {
  const withoutCitation = style.replace(/<citation[\s>][\s\S]*?<\/citation>/, '<citation><layout/></citation>');
  if (withoutCitation === style) throw new Error('a CSL style without a <citation> element');
  return withoutCitation.replace(/(<bibliography[\s>][\s\S]*?)<sort>[\s\S]*?<\/sort>/, '$1');
}

/**
 * One citeproc engine per style, made on first use and kept: making one costs far more than a
 * reference. They are driven here rather than through citation-js's `format('bibliography')`,
 * whose reuse of an engine re-sorts a list of every item the engine has seen, so a reference
 * cost more with each one before it (5.7 ms a paper at first, 9.7 ms after 4,000).
 */
const engines = new Map<ReferenceStyle, CiteprocEngine>();
let current: CslItem | undefined;

function engine(style: ReferenceStyle): CiteprocEngine {
  let made = engines.get(style);
  if (!made) {
    made = new CSL.Engine(
      {
        retrieveItem: (id) => {
          if (current?.id !== id) throw new Error(`citeproc asked for an item it was not given: ${id}`);
          return current;
        },
        retrieveLocale: (lang) => csl.locales.get(lang) ?? csl.locales.get(lang.replace('-', '_')) ?? {},
      },
      referenceOnly(csl.styles.get(style)),
      'en-US',
      true,
    );
    made.setOutputFormat('text');
    made.opt.development_extensions.wrap_url_and_doi = false;
    engines.set(style, made);
  }
  return made;
}

/**
 * The paper's reference in `style`, as plain text to read and paste. The papers are in
 * English, so every style is rendered with English terms: GB/T 7714-2015 (§8.1.2) itself asks
 * for "et al." after the third author of a Western-language work, where a Chinese one has "等".
 * A numeric style numbers its list; one reference copied on its own carries no number.
 */
export function formatReference(item: CslItem, style: ReferenceStyle): string {
  current = { ...item };
  // PubMed's identifiers are linked beside the DOI on the page; Vancouver would run them on after
  // the DOI without a period ("doi:10.1186/… PubMed PMID: …").
  delete current.PMID;
  delete current.PMCID;
  const styled = engine(style);
  styled.updateItems([item.id]);
  const [, entries] = styled.makeBibliography();
  return (entries[0] ?? '').trim().replace(/^(?:1\.|\[1\])\s+/, '');
}

/**
 * The paper's reference in every style. citeproc takes about a millisecond a reference (APA
 * most), so the content loader calls this once per paper, in its worker threads, and stores the
 * result. Many papers in one `updateItems` call would save nothing measurable: what is left is
 * rendering each entry.
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
