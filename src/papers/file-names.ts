import { isSlug } from '../lib/paths.ts';

/** The paper files of a content folder, and what is wrong with their names. */
export interface PaperFiles {
  /** File name and slug (the name without `.md`) of each paper, in name order. */
  papers: { name: string; slug: string }[];
  /** One `file:1: slug: what was expected` message per problem. */
  problems: string[];
}

/**
 * Reads a content folder's file names: every `*.md` file is a paper whose slug is its name
 * without `.md`. A slug that is not a clean URL segment, two slugs that differ only in letter
 * case (one URL on a case-insensitive file system or host, naming both files), and a Markdown
 * file whose extension is not exactly `.md` (it would be skipped without a word) are problems.
 */
export function paperFiles(names: readonly string[], pathOf: (name: string) => string): PaperFiles {
  const papers: PaperFiles['papers'] = [];
  const problems: string[] = [];
  const byFoldedSlug = new Map<string, string>();
  for (const name of [...names].sort()) {
    if (!name.endsWith('.md')) {
      if (/\.(?:md|markdown)$/i.test(name)) problems.push(`${pathOf(name)}:1: file name: expected the extension ".md"`);
      continue;
    }
    const slug = name.slice(0, -'.md'.length);
    if (!isSlug(slug)) {
      problems.push(
        `${pathOf(name)}:1: slug: expected a file name of letters, digits and ".", "_" or "-" between them (it becomes the page's URL), got "${slug}"`,
      );
      continue;
    }
    const folded = slug.toLowerCase();
    const other = byFoldedSlug.get(folded);
    if (other !== undefined) {
      problems.push(
        `${pathOf(name)}:1: slug: "${slug}" differs from "${other}" (${pathOf(`${other}.md`)}) only in letter case, so both pages would have one URL on a case-insensitive host; rename one of the files`,
      );
      continue;
    }
    byFoldedSlug.set(folded, slug);
    papers.push({ name, slug });
  }
  return { papers, problems };
}
