import { Cite, plugins } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-csl';
import '@citation-js/plugin-ris';
import gbt7714Style from './csl/china-national-standard-gb-t-7714-2015-numeric.csl?raw';

/**
 * citation-js with the plugins and settings the site needs, set once for the whole build:
 * - GB/T 7714-2015 is not among the styles `@citation-js/plugin-csl` bundles; its CSL file is
 *   shipped in `csl/` (CC BY-SA 3.0, see `csl/NOTICE.md`) and registered as `gb-t-7714`.
 * - BibTeX keeps Unicode: the ASCII-only default drops every character it has no LaTeX
 *   command for (all of CJK). LaTeX's special characters are then escaped by the caller.
 */
plugins.config.get('@csl').styles.add('gb-t-7714', gbt7714Style);
plugins.config.get('@bibtex').format.asciiOnly = false;

export { Cite };
