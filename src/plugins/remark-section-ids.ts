import GithubSlugger from 'github-slugger';
import type { Heading, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { VFile } from 'vfile';
import { sectionIdForLabel } from '../lib/section-labels.ts';

const explicitId = /\s*\{#([A-Za-z][\w-]*)\}\s*$/;

/**
 * Gives every abstract section heading (`##`) the id it shares across languages: the explicit
 * `{#id}` written after the label (which is then removed from the text), else the id of a known
 * label (`背景` -> `background`), else a slug of the label. A repeated id fails the file.
 */
export default function remarkSectionIds() {
  return function transformer(tree: Root, file: VFile): undefined {
    const slugger = new GithubSlugger();
    const seen = new Set<string>();
    // Sections are top-level `##` headings; a full tree walk cost seconds at 10,000 papers.
    for (const heading of tree.children) {
      if (heading.type !== 'heading' || heading.depth !== 2) continue;
      // Raw HTML in a heading is no part of its label (the sanitizer removes or unwraps it).
      const label = toString(heading, { includeHtml: false });
      const id = takeExplicitId(heading) ?? sectionIdForLabel(label) ?? slugger.slug(label);
      // Two elements with one id would make the page invalid and the second section unreachable.
      if (seen.has(id)) {
        file.fail(
          `section id "${id}" is used twice in one abstract; expected each section to have its own {#id}`,
          heading,
        );
      }
      seen.add(id);
      // remark-rehype copies `data.hProperties` onto the `<h2>`.
      const data = (heading.data ??= {}) as { hProperties?: Record<string, unknown> };
      data.hProperties = { ...data.hProperties, id };
    }
  };
}

function takeExplicitId(heading: Heading): string | undefined {
  const last = heading.children.at(-1);
  if (last?.type !== 'text') return undefined;
  const match = explicitId.exec(last.value);
  if (!match) return undefined;
  last.value = last.value.slice(0, match.index);
  return match[1];
}
