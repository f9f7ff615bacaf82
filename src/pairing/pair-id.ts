/**
 * The fragment of a pair of sentences, the same in every language (`results-s3`, or `s3` for
 * the text before any section): the id of the pair's first sentence on each page, so a place kept
 * when switching languages is a sentence. A module of its own, small enough for the reader's
 * script.
 */
export function pairId(section: string, pair: number | string): string {
  return section ? `${section}-s${pair}` : `s${pair}`;
}
