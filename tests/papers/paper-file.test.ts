import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parsePaperFile } from '../../src/papers/paper-file.ts';

const langs = ['en', 'zh-Hans'];
const seed = readFileSync(new URL('../../content/abstracts/j-transl-med-2020-18-14.md', import.meta.url), 'utf8');

function file(frontmatter: string, body = '# en\n\nText.\n') {
  return `---\n${frontmatter}\n---\n\n${body}`;
}

describe('parsePaperFile', () => {
  test('reads the seed: facts as typed values, one block per language', () => {
    const paper = parsePaperFile(seed, 'seed.md', langs);
    expect(paper.facts.journal).toBe('J Transl Med');
    expect(paper.facts.date).toEqual({ year: 2020, month: 1, day: 9 });
    expect(paper.facts.volume).toBe('18');
    expect(paper.facts.related).toHaveLength(11);
    expect(paper.blocks.map((block) => block.lang)).toEqual(['en', 'zh-Hans']);
    expect(seed.split('\n')[paper.bodyLine - 1 + paper.blocks[1]!.line - 1]).toBe('# zh-Hans');
  });

  test.each([
    [
      'a date that does not exist',
      'journal: X\ndate: 2024-13-45',
      'x.md:3: date: expected a real date written YYYY, YYYY-MM or YYYY-MM-DD, got "2024-13-45"',
    ],
    [
      'a DOI of the wrong form',
      'journal: X\ndate: 2020\ndoi: https://doi.org/10.1/x',
      'x.md:4: doi: expected a DOI of the form 10.<digits>/<suffix>',
    ],
    ['a missing journal', 'date: 2020', 'x.md:2: journal: missing; expected text'],
    ['an unknown field', 'journal: X\ndate: 2020\njornal: Y', 'x.md:2: (frontmatter): Unrecognized key: "jornal"'],
    [
      'a related entry without a date',
      'journal: X\ndate: 2020\nrelated:\n  - journal: Nature',
      'x.md:5: related.0.date:',
    ],
    [
      'a repeated key',
      'journal: X\njournal: Y\ndate: 2020',
      'x.md:3: invalid YAML frontmatter: Map keys must be unique',
    ],
  ])('refuses %s, naming the file, line and field', (_name, frontmatter, message) => {
    expect(() => parsePaperFile(file(frontmatter), 'x.md', langs)).toThrow(message);
  });

  test.each([
    [
      'an unknown language block',
      '# en\n\nA.\n\n# fr\n\nB.\n',
      'x.md:10: unknown language block "# fr"; expected one of: en, zh-Hans',
    ],
    ['text before the first block', 'Stray.\n\n# en\n\nA.\n', 'x.md:6: text before the first language block'],
    ['a language given twice', '# en\n\nA.\n\n# en\n\nB.\n', 'x.md:10: language block "# en" appears twice'],
    ['an empty block', '# en\n\n# zh-Hans\n\nB.\n', 'x.md:6: language block "# en" is empty'],
    ['no block at all', '', 'x.md:5: expected language blocks'],
  ])('refuses %s in the body, naming the line', (_name, body, message) => {
    expect(() => parsePaperFile(file('journal: X\ndate: 2020', body), 'x.md', langs)).toThrow(message);
  });

  test('refuses a file without frontmatter', () => {
    expect(() => parsePaperFile('# en\n\nA.\n', 'x.md', langs)).toThrow('x.md:1: expected YAML frontmatter');
  });
});
