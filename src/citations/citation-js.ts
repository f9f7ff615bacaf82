import { Cite, plugins } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-csl';
import '@citation-js/plugin-ris';

/**
 * citation-js with the plugins and settings the site needs, set once for the whole build
 * (references.ts adds the GB/T 7714 style):
 * - BibTeX keeps Unicode: the ASCII-only default drops every character it has no LaTeX
 *   command for (all of CJK). LaTeX's special characters are then escaped by the caller.
 */
plugins.config.get('@bibtex').format.asciiOnly = false;

export { Cite };
