import { sectionIdForLabel } from '../lib/section-labels.ts';
import { asciiSlug, uniqueSlug } from './slug.ts';

/** A section heading as written in a content file: `## <text> {#<id>}`. */
export interface SectionHeading {
  text: string;
  id: string;
}

const minorWords = new Set([
  'a',
  'an',
  'and',
  'as',
  'at',
  'by',
  'for',
  'in',
  'of',
  'on',
  'or',
  'the',
  'to',
  'vs',
  'with',
]);

/** An upper-case label in title case: `MATERIALS AND METHODS` -> `Materials and Methods`. */
export function titleCase(label: string): string {
  return label
    .toLowerCase()
    .replace(/[\p{L}\p{N}'’]+/gu, (word, offset: number) =>
      offset > 0 && minorWords.has(word) ? word : word.charAt(0).toUpperCase() + word.slice(1),
    );
}

/**
 * The headings of a paper's English and Chinese sections (labels as given, `[]` for an
 * unstructured abstract). English labels are written in title case, Chinese ones as in the
 * record. Ids come from the label table (`BACKGROUND`, `背景` -> `background`), else a slug of
 * the English label, else `section-<n>`. When both abstracts have the same number of sections,
 * the Chinese ones take the English ids by position: that is what aligns a translation with its
 * original, whatever its labels. Ids are unique within an abstract (`-2`, `-3` on repeats).
 */
export function sectionHeadings(
  englishLabels: readonly string[],
  chineseLabels: readonly string[],
): { en: SectionHeading[]; zh: SectionHeading[] } {
  const englishIds = unique(englishLabels.map((label, index) => sectionIdForLabel(label) ?? slugId(label, index)));
  const chineseIds =
    englishLabels.length > 0 && englishLabels.length === chineseLabels.length
      ? englishIds
      : unique(chineseLabels.map((label, index) => sectionIdForLabel(label) ?? `section-${index + 1}`));
  return {
    en: englishLabels.map((label, index) => ({ text: titleCase(label), id: englishIds[index] ?? '' })),
    zh: chineseLabels.map((label, index) => ({ text: label, id: chineseIds[index] ?? '' })),
  };
}

function slugId(label: string, index: number): string {
  const slug = asciiSlug(label);
  return /^[a-z]/.test(slug) ? slug : `section-${index + 1}`;
}

function unique(ids: readonly string[]): string[] {
  const seen = new Set<string>();
  return ids.map((id) => {
    const candidate = uniqueSlug(id, seen);
    seen.add(candidate);
    return candidate;
  });
}
