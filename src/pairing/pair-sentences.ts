import type { Element, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import { sentenceFacts } from './anchors.ts';
import { alignSentences, type Bead, type SentenceFacts } from './gale-church.ts';
import { pairId } from './pair-id.ts';
import { pairLinksProblem, parsePairLinks } from './pair-links.ts';
import { wrapSentences } from './sentence-spans.ts';

/** The key of `pairs:` for the text before any section: all of an unstructured abstract. */
export const leadKey = 'abstract';

/** A `pairs:` entry the build cannot use; `section` is its key. */
export class PairsError extends Error {
  readonly section: string;
  constructor(section: string, message: string) {
    super(message);
    this.section = section;
  }
}

/**
 * Cuts each language's rendered abstract (`trees`, by BCP 47 tag) into sentences, wrapped in
 * `<span class="sentence">`, and pairs the sentences of `source` with those of the translation
 * section by section: as a maintainer wrote it in `pairs` (section id, or {@link leadKey}, to
 * links), else by {@link alignSentences}, with the ratio of the translation's characters to the
 * source's measured on this paper's own text (every paper's translator, and every journal's
 * field, has a ratio of its own, and a paper's entry must depend on its file alone so that the
 * content store can keep it). Paired sentences get `data-n` (the pair's number in its section)
 * and the first of each side the pair's id ({@link pairId}). Returns the beads by section.
 * Only the first translation is paired: the site has one.
 */
export function pairSentences(
  trees: ReadonlyMap<string, Root>,
  source: string,
  pairs: Readonly<Record<string, string>> | undefined,
): Map<string, Bead[]> {
  const sentences = new Map([...trees].map(([lang, tree]) => [lang, wrapSentences(tree, lang)] as const));
  const from = sentences.get(source);
  const [target, to] = [...sentences].find(([lang]) => lang !== source) ?? [];
  const paired = new Map<string, Bead[]>();
  if (!from || !to || !target) return paired;
  const sections = [...from.keys()].filter((key) => to.has(key));
  for (const key of Object.keys(pairs ?? {})) {
    if (!sections.includes(key === leadKey ? '' : key)) {
      const known = sections.map((section) => section || leadKey).join(', ') || 'none';
      throw new PairsError(key, `no section "${key}" in both languages; expected one of: ${known}`);
    }
  }
  const facts = new Map(
    sections.map((section) => [
      section,
      {
        source: (from.get(section) ?? []).map((span) => sentenceFacts(toString(span), true)),
        target: (to.get(section) ?? []).map((span) => sentenceFacts(toString(span), false)),
      },
    ]),
  );
  const ratio = lengthRatio([...facts.values()]);
  for (const section of sections) {
    const sourceSpans = from.get(section) ?? [];
    const targetSpans = to.get(section) ?? [];
    const written = pairs?.[section || leadKey];
    let beads: Bead[];
    if (written === undefined) {
      const { source: sourceFacts = [], target: targetFacts = [] } = facts.get(section) ?? {};
      beads = alignSentences(sourceFacts, targetFacts, ratio);
    } else {
      beads = parsePairLinks(written);
      const problem = pairLinksProblem(beads, sourceSpans.length, targetSpans.length, { source, target });
      if (problem) throw new PairsError(section || leadKey, problem);
    }
    mark(section, beads, sourceSpans, targetSpans);
    paired.set(section, beads);
  }
  return paired;
}

/** Characters of the translation per character of the source, over the sections both have. */
function lengthRatio(sections: readonly { source: SentenceFacts[]; target: SentenceFacts[] }[]): number {
  const length = (sentences: readonly SentenceFacts[]) => sentences.reduce((sum, sentence) => sum + sentence.length, 0);
  const sourceLength = sections.reduce((sum, section) => sum + length(section.source), 0);
  const targetLength = sections.reduce((sum, section) => sum + length(section.target), 0);
  return sourceLength > 0 && targetLength > 0 ? targetLength / sourceLength : 1;
}

function mark(section: string, beads: readonly Bead[], sourceSpans: Element[], targetSpans: Element[]) {
  let pair = 0;
  for (const bead of beads) {
    if (bead.source.length === 0 || bead.target.length === 0) continue;
    pair++;
    for (const [indexes, spans] of [
      [bead.source, sourceSpans],
      [bead.target, targetSpans],
    ] as const) {
      indexes.forEach((index, position) => {
        const span = spans[index];
        if (!span) return;
        if (position === 0) span.properties['id'] = pairId(section, pair);
        span.properties['dataN'] = String(pair);
      });
    }
  }
}
