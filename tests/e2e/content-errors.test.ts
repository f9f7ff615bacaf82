import { cp, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { siteBuild } from './support/site-build.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const badContent = fileURLToPath(new URL('../fixtures/bad-content/', import.meta.url));
const paper = (journal: string) => `---\njournal: ${journal}\ndate: 2020\n---\n\n# en\n\nA.\n`;

let work: string;
let build: { code: number | null; output: string };
/** How the build names a file of the scratch content folder: relative to the project. */
const named = (name: string) => relative(root, join(work, 'content', name));

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'abstract-reader-bad-'));
  await cp(badContent, join(work, 'content'), { recursive: true });
  // Two names that differ only in letter case cannot be committed (a case-insensitive
  // checkout keeps one), so the test writes them.
  await writeFile(join(work, 'content', 'Case-Clash.md'), paper('Nature'));
  await writeFile(join(work, 'content', 'case-clash.md'), paper('Science'));
  build = await siteBuild({ CONTENT_DIR: join(work, 'content'), OUT_DIR: join(work, 'site') }, join(work, 'cache'));
}, 180_000);
afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

describe('a build of bad content', () => {
  test('fails, and writes no page', async () => {
    expect(build.code).not.toBe(0);
    const written = await readdir(join(work, 'site'), { recursive: true }).catch(() => []);
    expect(written.filter((file) => String(file).endsWith('.html'))).toEqual([]);
  });

  test.each([
    ['bad-date.md', ':3: date: expected a real date written YYYY, YYYY-MM or YYYY-MM-DD, got "2020-02-30"'],
    ['bad-doi.md', ':4: doi: expected a DOI of the form 10.<digits>/<suffix>, without "https://doi.org/"'],
    ['missing-journal.md', ':2: journal: missing; expected text'],
    ['unknown-language.md', ':10: unknown language block "# fr"; expected one of: en, zh-Hans'],
    [
      'repeated-section.md',
      ':12: section id "results" is used twice in one abstract; expected each section to have its own {#id}',
    ],
    ['swallowed-by-raw-html.md', ':10: raw HTML <noscript> is left open, so the text after it would be lost'],
    ['bad slug.md', ':1: slug: expected a file name of letters, digits and ".", "_" or "-" between them'],
    ['pairs-malformed.md', ':5: pairs.results: expected links like "1=1 2+3=2 4=3+4 5=-", sentence numbers from 1'],
    [
      'pairs-not-fitting.md',
      ':6: pairs.results: the en sentences are numbered 1 to 2, each once and in order, got 1, 2, 3; expected links like "1=1 2+3=2 4=3+4 5=-"',
    ],
  ])('names %s with its line, field and what was expected', (file, message) => {
    expect(build.output).toContain(`${named(file)}${message}`);
  });

  test('names both files of a DOI given twice (DOIs ignore letter case), each at its doi line', () => {
    expect(build.output).toContain(
      `${named('same-doi-second.md')}:5: doi: 10.1038/S41591-018-0300-7 is also the DOI of ${named('same-doi-first.md')}:4; each paper has one file`,
    );
  });

  test('names both files of two slugs that differ only in letter case', () => {
    expect(build.output).toContain(
      `${named('case-clash.md')}:1: slug: "case-clash" differs from "Case-Clash" (${named('Case-Clash.md')}) only in letter case`,
    );
  });
});
