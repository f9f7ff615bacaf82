import { readdirSync, readFileSync } from 'node:fs';
import { langs } from '../../src/i18n/locales.ts';
import { parsePaperFile } from '../../src/papers/paper-file.ts';
import { renderPaper } from '../../src/papers/render-paper.ts';
import type { PaperWithAbstracts as PaperData } from '../../src/lib/paper-entry.ts';

/** A content file read and rendered as the site's loader does: its slug and collection data. */
export async function loadPaper(url: URL): Promise<{ slug: string; data: PaperData }> {
  const file = parsePaperFile(readFileSync(url, 'utf8'), url.pathname, langs);
  const abstracts = await renderPaper(file.blocks, file.facts.pairs);
  const slug = url.pathname.split('/').at(-1)!.replace(/\.md$/, '');
  return { slug, data: { ...file.facts, abstracts } };
}

/** The site's own content files (`content/abstracts/*.md`). */
export const contentFiles = readdirSync(new URL('../../content/abstracts/', import.meta.url))
  .filter((name) => name.endsWith('.md'))
  .map((name) => new URL(`../../content/abstracts/${name}`, import.meta.url));

/** A paper whose every field holds characters that some export format must escape. */
export const specialCharactersFile = new URL('../fixtures/cite/special-characters.md', import.meta.url);
