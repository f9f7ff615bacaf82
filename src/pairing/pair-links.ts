import type { Bead } from './gale-church.ts';

const side = String.raw`(?:-|\d+(?:\+\d+)*)`;
const link = String.raw`${side}=${side}`;

/**
 * A section's pairing as a maintainer writes it in a content file's `pairs:` (see the README):
 * links separated by spaces, each `<English>=<Chinese>`, a side being a sentence number (from 1,
 * in the section), consecutive numbers joined by `+`, or `-` for none: `1=1 2+3=2 4=3+4 5=-`.
 */
export const pairLinksPattern = new RegExp(String.raw`^\s*${link}(?:[\s,]+${link})*\s*$`);

/** The example the error messages give. */
export const pairLinksExample = '"1=1 2+3=2 4=3+4 5=-"';

/** The beads written as `pairs:` links (0-based in the beads, 1-based in the text). */
export function parsePairLinks(text: string): Bead[] {
  const numbers = (written: string) => (written === '-' ? [] : written.split('+').map((n) => Number(n) - 1));
  return text
    .trim()
    .split(/[\s,]+/)
    .map((written) => {
      const [source = '-', target = '-'] = written.split('=');
      return { source: numbers(source), target: numbers(target) };
    });
}

/** Beads as `pairs:` links, the way a maintainer writes them. */
export function formatPairLinks(beads: readonly Bead[]): string {
  const side = (indexes: readonly number[]) => (indexes.length === 0 ? '-' : indexes.map((i) => i + 1).join('+'));
  return beads.map((bead) => `${side(bead.source)}=${side(bead.target)}`).join(' ');
}

/**
 * What is wrong with `beads` for a section of `sourceCount` and `targetCount` sentences, or
 * `undefined`: every sentence of each language must be in exactly one link, in order.
 */
export function pairLinksProblem(
  beads: readonly Bead[],
  sourceCount: number,
  targetCount: number,
  names: { source: string; target: string },
): string | undefined {
  const check = (indexes: number[], count: number, name: string) => {
    const wrong = indexes.findIndex((index, position) => index !== position);
    if (wrong === -1 && indexes.length === count) return undefined;
    const expected = count === 0 ? 'none' : `1 to ${count}, each once and in order`;
    return `the ${name} sentences are numbered ${expected}, got ${indexes.map((i) => i + 1).join(', ') || 'none'}`;
  };
  const problem =
    check(
      beads.flatMap((bead) => bead.source),
      sourceCount,
      names.source,
    ) ??
    check(
      beads.flatMap((bead) => bead.target),
      targetCount,
      names.target,
    );
  return problem && `${problem}; expected links like ${pairLinksExample}`;
}
