import { sourceLang } from '../i18n/locales.ts';
import { pairSentences } from '../pairing/pair-sentences.ts';
import { renderAbstract } from '../plugins/index.ts';
import { renderedAbstract } from './rendered-abstract.ts';
import type { RenderedAbstract } from './schema.ts';

/** One language block of a content file, to render. */
export interface BlockSource {
  lang: string;
  markdown: string;
}

/** A block the Markdown pipeline refused, with the 1-based line in the block when it gave one. */
export class BlockError extends Error {
  readonly lang: string;
  readonly line: number | undefined;
  constructor(lang: string, reason: string, line: number | undefined) {
    super(reason);
    this.lang = lang;
    this.line = line;
  }
}

/**
 * Renders a paper's language blocks through the site's pipeline and pairs their sentences
 * (`src/pairing/`, following the file's `pairs:` where a maintainer wrote one): what the content
 * store keeps of each language, by BCP 47 tag. Throws a {@link BlockError} for a block the
 * pipeline refuses and a `PairsError` for a `pairs:` entry that does not fit the text.
 */
export async function renderPaper(
  blocks: readonly BlockSource[],
  pairs: Readonly<Record<string, string>> | undefined,
  fileURL?: URL,
): Promise<Record<string, RenderedAbstract>> {
  const rendered = await Promise.all(
    blocks.map(async ({ lang, markdown }) => {
      try {
        return { lang, ...(await renderAbstract(markdown, fileURL)) };
      } catch (error) {
        const { reason, message, line } = error as { reason?: string; message: string; line?: number };
        throw new BlockError(lang, reason ?? message, line);
      }
    }),
  );
  pairSentences(new Map(rendered.map(({ lang, tree }) => [lang, tree])), sourceLang, pairs);
  return Object.fromEntries(rendered.map(({ lang, tree, headings }) => [lang, renderedAbstract(tree, headings)]));
}
