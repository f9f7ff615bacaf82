import { toHtml } from 'hast-util-to-html';
import { renderAbstract } from '../../src/plugins/index.ts';

/** The abstract pipeline's output for `markdown` as the tests read it: its HTML and headings. */
export const renderer = {
  async render(markdown: string) {
    const { tree, headings } = await renderAbstract(markdown);
    return { code: toHtml(tree), metadata: { headings } };
  },
};
