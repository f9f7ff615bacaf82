// citation-js and citeproc ship no type declarations; these cover the calls src/citations makes.

declare module '@citation-js/core' {
  export class Cite {
    constructor(data: unknown);
    /** The items read, as CSL-JSON. */
    data: Record<string, unknown>[];
    format(
      format: 'bibliography',
      options: { template: string; lang: string; format: 'text' | 'html'; nosort?: boolean },
    ): string;
    format(format: 'bibtex' | 'biblatex' | 'data', options?: { format?: 'text' }): string;
    format(format: 'ris', options: { format: 'object' }): Record<string, string | string[]>[];
  }
  export const plugins: {
    config: {
      get(plugin: '@csl'): {
        styles: { add(name: string, xml: string): void; get(name: string): string };
        locales: { get(lang: string): string | undefined };
      };
      get(plugin: '@bibtex'): { format: { asciiOnly: boolean } };
    };
  };
}

declare module '@citation-js/plugin-bibtex';
declare module '@citation-js/plugin-csl';
declare module '@citation-js/plugin-ris';

declare module 'citeproc' {
  /** citeproc-js's processor for one style (https://citeproc-js.readthedocs.io/). */
  export interface CiteprocEngine {
    opt: { development_extensions: { wrap_url_and_doi: boolean } };
    setOutputFormat(format: 'text' | 'html'): void;
    updateItems(ids: string[], nosort?: boolean): void;
    makeBibliography(): [unknown, string[]];
  }
  const CSL: {
    Engine: new (
      sys: { retrieveItem(id: string): unknown; retrieveLocale(lang: string): unknown },
      style: string,
      lang: string,
      forceLang: boolean,
    ) => CiteprocEngine;
  };
  export default CSL;
}
