import { describe, expect, test } from 'vitest';
import { paperFiles } from '../../src/papers/file-names.ts';

const at = (name: string) => `content/${name}`;

describe('paperFiles', () => {
  test('every .md file is a paper, its slug the name without .md, in name order', () => {
    expect(paperFiles(['b-2.md', 'README.txt', 'a_1.v2.md'], at)).toEqual({
      papers: [
        { name: 'a_1.v2.md', slug: 'a_1.v2' },
        { name: 'b-2.md', slug: 'b-2' },
      ],
      problems: [],
    });
  });

  test('two slugs that differ only in letter case are refused, naming both files', () => {
    const { papers, problems } = paperFiles(['a.md', 'A.md'], at);
    expect(papers).toEqual([{ name: 'A.md', slug: 'A' }]);
    expect(problems).toEqual([
      'content/a.md:1: slug: "a" differs from "A" (content/A.md) only in letter case, so both pages would have one URL on a case-insensitive host; rename one of the files',
    ]);
  });

  test.each([['a b.md'], ['<script>.md'], ['-x.md'], ['x-.md'], ['ü.md'], ['.md']])(
    'refuses the slug of %s, which would not be a clean URL segment',
    (name) => {
      expect(paperFiles([name], at).problems).toEqual([
        expect.stringMatching(
          new RegExp(
            `^content/${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:1: slug: expected a file name of letters, digits`,
          ),
        ),
      ]);
    },
  );

  test('a Markdown file with another extension is reported rather than skipped', () => {
    expect(paperFiles(['x.MD', 'y.markdown'], at).problems).toEqual([
      'content/x.MD:1: file name: expected the extension ".md"',
      'content/y.markdown:1: file name: expected the extension ".md"',
    ]);
  });
});
