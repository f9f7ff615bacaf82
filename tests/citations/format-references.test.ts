import { readdirSync, readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { paperCslItem } from '../../src/citations/csl-item.ts';
import { formatReference, formatReferences } from '../../src/citations/format-references.ts';
import { parseFrontmatter } from '../../src/papers/paper-file.ts';
import { contentFiles, loadPaper, specialCharactersFile } from '../support/papers.ts';

const seed = await loadPaper(contentFiles.find((url) => url.pathname.endsWith('/j-transl-med-2020-18-14.md'))!);
const seedItem = paperCslItem(seed.slug, seed.data);
const title =
  'Perceptions of artificial intelligence in healthcare: findings from a qualitative survey study among actors in France';

test('the seed in APA 7th edition, hyphenated given names initialled as such', () => {
  expect(formatReference(seedItem, 'apa')).toBe(
    `Laï, M.-C., Brian, M., & Mamzer, M.-F. (2020). ${title}. J Transl Med, 18(1), 14. https://doi.org/10.1186/s12967-019-02204-y`,
  );
});

test('the seed in NLM/Vancouver, without the list number of a bibliography', () => {
  expect(formatReference(seedItem, 'vancouver')).toBe(
    `Laï MC, Brian M, Mamzer MF. ${title}. J Transl Med. 2020 Jan 9;18(1):14. doi:10.1186/s12967-019-02204-y`,
  );
});

test('the seed in GB/T 7714-2015, family names in capitals, without the list number', () => {
  expect(formatReference(seedItem, 'gb-t-7714')).toBe(
    `LAÏ M C, BRIAN M, MAMZER M F. ${title}[J/OL]. J Transl Med, 2020, 18(1): 14. DOI:10.1186/s12967-019-02204-y.`,
  );
});

test('GB/T 7714 lists three authors of an English paper, then "et al."', async () => {
  const paper = await loadPaper(specialCharactersFile);
  const text = formatReference(paperCslItem(paper.slug, paper.data), 'gb-t-7714');
  expect(text).toMatch(/^DŒ-ÑÚÑEZ J P, GARCÍA MÁRQUEZ G, O’BRIEN C Jr, et al\. Cost & effect of 50% \{braced\}/);
  expect(text).toContain('Ann Med & Surg_X {Lond}, 2019, 12 Suppl 2(3 & 4): 249-255.');
});

test('a reference keeps special characters as text, with the full page range', async () => {
  const paper = await loadPaper(specialCharactersFile);
  const text = formatReference(paperCslItem(paper.slug, paper.data), 'vancouver');
  expect(text).toContain('中文标题 p<0.05 & n>10 ]]> </script> \\emph{x} $5 #1 ^ ~.');
  expect(text).toContain('doi:10.1002/(SICI)1097-4636(199905)45:2<110::AID_JBM6>3.0.CO;2-#');
});

test('a paper without authors or title is still a reference', () => {
  const facts = { ...seed.data };
  delete facts.title;
  delete facts.authors;
  const text = formatReference(paperCslItem(seed.slug, facts), 'vancouver');
  expect(text).toBe('J Transl Med. 2020 Jan 9;18(1):14. doi:10.1186/s12967-019-02204-y');
});

test('every style at once, the same whether the abstract is known or not', () => {
  const { abstract, ...cited } = seedItem;
  expect(abstract).toBeDefined();
  const references = formatReferences(seedItem);
  expect(Object.keys(references)).toEqual(['apa', 'vancouver', 'gb-t-7714']);
  expect(references.vancouver).toBe(formatReference(seedItem, 'vancouver'));
  expect(formatReferences(cited)).toEqual(references);
});

test('a reference does not depend on the papers formatted before it, even one citing alike', () => {
  // Without authors or title, in one journal and year: in one APA list they would be 2020a and 2020b.
  const facts = { ...seed.data };
  delete facts.title;
  delete facts.authors;
  const first = paperCslItem('first', facts);
  const twin = paperCslItem('twin', { ...facts, volume: '19' });
  const alone = formatReferences(first);
  expect(alone.apa).toBe('(2020). J Transl Med, 18(1), 14. https://doi.org/10.1186/s12967-019-02204-y');
  expect(formatReferences(twin).apa).toBe(
    '(2020). J Transl Med, 19(1), 14. https://doi.org/10.1186/s12967-019-02204-y',
  );
  expect(formatReferences(first)).toEqual(alone);
});

// Every fixture paper's references, as the content loader makes them (from the frontmatter
// alone), committed: a change to a style, to citeproc or to how it is driven shows in review.
test('the references of every fixture paper are the committed ones', async () => {
  const folders = [
    '../../content/abstracts/',
    '../fixtures/site/abstracts/',
    '../fixtures/content/reading/',
    '../fixtures/search-papers/',
    '../fixtures/cite/',
  ].map((folder) => new URL(folder, import.meta.url));
  const references = Object.fromEntries(
    folders.flatMap((folder) =>
      readdirSync(folder)
        .filter((name) => name.endsWith('.md') && name !== 'README.md')
        .sort()
        .map((name) => {
          const { facts } = parseFrontmatter(readFileSync(new URL(name, folder), 'utf8'), name);
          const slug = name.replace(/\.md$/, '');
          return [slug, formatReferences(paperCslItem(slug, facts))];
        }),
    ),
  );
  await expect(`${JSON.stringify(references, null, 2)}\n`).toMatchFileSnapshot('../fixtures/cite/references.json');
});
