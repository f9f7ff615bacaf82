// citation-js ships no type declarations; these cover the calls src/lib makes.

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
      get(plugin: '@csl'): { styles: { add(name: string, xml: string): void } };
      get(plugin: '@bibtex'): { format: { asciiOnly: boolean } };
    };
  };
}

declare module '@citation-js/plugin-bibtex';
declare module '@citation-js/plugin-csl';
declare module '@citation-js/plugin-ris';
