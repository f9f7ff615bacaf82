import { describe, expect, test } from 'vitest';
import { PapersByDoi } from '../../src/papers/papers-by-doi.ts';

describe('PapersByDoi', () => {
  test('finds a paper by its DOI in any letter case', () => {
    const papers = new PapersByDoi<string>();
    papers.set('10.1111/JSR.13120', 'first.md');
    expect(papers.get('10.1111/jsr.13120')).toBe('first.md');
    expect(papers.get('10.1111/jsr.13121')).toBeUndefined();
  });

  test('finds nothing for a paper without a DOI', () => {
    expect(new PapersByDoi<string>().get(undefined)).toBeUndefined();
  });

  test('keeps the paper filed last under a DOI', () => {
    const papers = new PapersByDoi<string>();
    papers.set('10.1111/jsr.13120', 'first.md');
    papers.set('10.1111/JSR.13120', 'second.md');
    expect(papers.get('10.1111/jsr.13120')).toBe('second.md');
  });
});
