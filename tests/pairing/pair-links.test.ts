import { describe, expect, test } from 'vitest';
import { formatPairLinks, pairLinksPattern, pairLinksProblem, parsePairLinks } from '../../src/pairing/pair-links.ts';

const names = { source: 'en', target: 'zh-Hans' };

describe('the pairs: marker', () => {
  test('reads one-to-one, merged, split and unpaired sentences, and writes them back the same', () => {
    const beads = parsePairLinks('1=1 2+3=2 4=3+4 5=- -=5');
    expect(beads).toEqual([
      { source: [0], target: [0] },
      { source: [1, 2], target: [1] },
      { source: [3], target: [2, 3] },
      { source: [4], target: [] },
      { source: [], target: [4] },
    ]);
    expect(formatPairLinks(beads)).toBe('1=1 2+3=2 4=3+4 5=- -=5');
  });

  test('accepts commas and extra spaces between links, and refuses other shapes', () => {
    expect(pairLinksPattern.test(' 1=1,  2=2 ')).toBe(true);
    for (const wrong of ['1-1', '1=1 2', '=1', '1=1+', 'a=b', '']) expect(pairLinksPattern.test(wrong)).toBe(false);
  });

  test('must name every sentence of both languages once, in order', () => {
    expect(pairLinksProblem(parsePairLinks('1=1 2+3=2'), 3, 2, names)).toBeUndefined();
    expect(pairLinksProblem(parsePairLinks('1=1 3=2'), 3, 2, names)).toBe(
      'the en sentences are numbered 1 to 3, each once and in order, got 1, 3; expected links like "1=1 2+3=2 4=3+4 5=-"',
    );
    expect(pairLinksProblem(parsePairLinks('1=2 2=1'), 2, 2, names)).toMatch(
      /^the zh-Hans sentences are numbered 1 to 2/,
    );
  });
});
