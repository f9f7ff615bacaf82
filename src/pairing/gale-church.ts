/** Sentences of one language paired with sentences of the other: a "bead", 0-based indexes. */
export interface Bead {
  /** Sentences of the source language (English), consecutive; empty when none renders the target's. */
  source: number[];
  /** Sentences of the translation, consecutive; empty when the source's is left untranslated. */
  target: number[];
}

/** What the alignment knows of one sentence. */
export interface SentenceFacts {
  /** Characters, white space left out. */
  length: number;
  /** Tokens that should read the same in its translation (numbers, acronyms, Latin words in Chinese), lower case. */
  anchors: ReadonlySet<string>;
  /** Every token its translation's anchors may be found among (all its words, numbers written out as digits). */
  words: ReadonlySet<string>;
}

/**
 * The shapes a bead may take (source, target) and how often translations take them: Gale and
 * Church's figures (1993), the 1-0 / 0-1 and 2-1 / 1-2 shares split evenly between the two.
 */
const shapes: readonly (readonly [number, number, number])[] = [
  [1, 1, 0.89],
  [1, 0, 0.00495],
  [0, 1, 0.00495],
  [2, 1, 0.0445],
  [1, 2, 0.0445],
  [2, 2, 0.011],
];

/**
 * How far a translation's length strays from the expected: the mean of (target length − ratio ×
 * source length)² / (the pair's mean length in source characters) over the 60 hand-paired beads
 * of the gold set (`tests/fixtures/pairing/`), 0.44, rounded up.
 */
const variance = 0.45;
/** What one anchor found on both sides is worth, against the length and shape costs (in nats). */
const anchorWeight = 1.5;

/**
 * Pairs the sentences of a section in two languages by Gale and Church's length-based dynamic
 * programme: each bead costs how unlikely its shape is plus how unlikely the lengths of its two
 * sides are, given `ratio` (target characters per source character); the cheapest sequence of
 * beads covering both sides in order wins. Anchors strengthen it: each anchor a bead's two sides
 * share lowers its cost, each one found on one side only raises it. Deterministic: ties go to
 * the shape listed first.
 */
export function alignSentences(
  source: readonly SentenceFacts[],
  target: readonly SentenceFacts[],
  ratio: number,
): Bead[] {
  const rows = source.length + 1;
  const columns = target.length + 1;
  const cost = new Float64Array(rows * columns).fill(Infinity);
  const step = new Int8Array(rows * columns).fill(-1);
  cost[0] = 0;
  for (let i = 0; i < rows; i++) {
    for (let j = 0; j < columns; j++) {
      if (i === 0 && j === 0) continue;
      shapes.forEach(([di, dj, prior], shape) => {
        if (di > i || dj > j) return;
        const from = (i - di) * columns + (j - dj);
        const total =
          (cost[from] ?? Infinity) + beadCost(source.slice(i - di, i), target.slice(j - dj, j), prior, ratio);
        if (total < (cost[i * columns + j] ?? Infinity)) {
          cost[i * columns + j] = total;
          step[i * columns + j] = shape;
        }
      });
    }
  }
  const beads: Bead[] = [];
  for (let i = source.length, j = target.length; i > 0 || j > 0;) {
    // Every cell but the first is reached, by a 1-0 or 0-1 bead at least.
    const [di, dj] = shapes[step[i * columns + j] ?? 0] ?? [1, 1];
    beads.push({ source: range(i - di, i), target: range(j - dj, j) });
    i -= di;
    j -= dj;
  }
  return beads.reverse();
}

function beadCost(source: readonly SentenceFacts[], target: readonly SentenceFacts[], prior: number, ratio: number) {
  const sourceLength = source.reduce((sum, sentence) => sum + sentence.length, 0);
  const targetLength = target.reduce((sum, sentence) => sum + sentence.length, 0);
  const mean = (sourceLength + targetLength / ratio) / 2;
  const delta = (targetLength - sourceLength * ratio) / Math.sqrt(Math.max(1, mean) * variance);
  // A sentence left unpaired has no length to compare with: its shape's prior is its cost.
  const length = source.length > 0 && target.length > 0 ? -Math.log(twoTailed(delta)) : 0;
  return -Math.log(prior) + length + anchorWeight * (unmatched(source, target) + unmatched(target, source));
}

/**
 * The anchors of `one` side of a bead not among the words of the `other`, less those that are:
 * each distinct anchor counts once. (No sets are made: this runs for every cell and shape.)
 */
function unmatched(one: readonly SentenceFacts[], other: readonly SentenceFacts[]): number {
  let score = 0;
  one.forEach((sentence, index) => {
    for (const anchor of sentence.anchors) {
      let seen = false;
      for (let earlier = 0; earlier < index; earlier++) seen ||= one[earlier]?.anchors.has(anchor) ?? false;
      if (!seen) score += other.some((counterpart) => counterpart.words.has(anchor)) ? -1 : 1;
    }
  });
  return score;
}

/** P(|Z| ≥ |z|) for a standard normal Z, floored so a very unlikely length is costly, not impossible. */
function twoTailed(z: number): number {
  return Math.max(1e-12, 1 - erf(Math.abs(z) / Math.SQRT2));
}

/** The error function (Abramowitz and Stegun 7.1.26, error below 1.5e-7). */
function erf(x: number): number {
  const t = 1 / (1 + 0.3275911 * x);
  const poly = t * (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429))));
  return 1 - poly * Math.exp(-x * x);
}

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from }, (_, index) => from + index);
}
