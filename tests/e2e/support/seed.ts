import { readFileSync } from 'node:fs';

/** The seed record as it came (tests/fixtures/records/seed.txt), the truth the pages are checked against. */
const lines = readFileSync(new URL('../../fixtures/records/seed.txt', import.meta.url), 'utf8').split('\n');

const labelsEn = /\b(?:BACKGROUND|METHODS|RESULTS|CONCLUSION): /g;
const labelZh = /^(?:背景|方法|结果|结论):/;

/** The seed's slug in content/abstracts/. */
export const seedSlug = 'j-transl-med-2020-18-14';

/** Every English sentence of the seed's abstract, labels removed. */
export const englishSentences = (lines[3] ?? '')
  .split(labelsEn)
  .flatMap((part) => part.split(/(?<=\.) /))
  .map((s) => s.trim())
  .filter(Boolean);

/** Every Chinese sentence of the seed's abstract, labels removed. */
export const chineseSentences = lines
  .slice(4, 8)
  .map((line) => line.replace(labelZh, ''))
  .flatMap((line) => line.split(/(?<=。)/))
  .map((s) => s.trim())
  .filter(Boolean);

/** The affiliation lines. */
export const affiliations = lines.slice(0, 2);

/** The related-citation lines, as `[journal, date]`. */
export const related = lines
  .slice(8)
  .filter((line) => line.trim())
  .map((line) => {
    const at = line.lastIndexOf('. ');
    return [line.slice(0, at), line.slice(at + 2).trim()] as const;
  });

const citationLine = /^(.+?)\. (\d{4}) (\w{3}) (\d{1,2});([^(]+)\(([^)]+)\):([^.]+)\. doi: (\S+)\.$/.exec(
  lines[2] ?? '',
);
if (!citationLine)
  throw new Error(`tests/fixtures/records/seed.txt:3: expected a PubMed citation line, got "${lines[2]}"`);
const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** The seed's citation line (`J Transl Med. 2020 Jan 9;18(1):14. doi: …`), field by field. */
export const citation = {
  journal: citationLine[1]!,
  year: Number(citationLine[2]),
  month: months.indexOf(citationLine[3]!) + 1,
  day: Number(citationLine[4]),
  volume: citationLine[5]!,
  issue: citationLine[6]!,
  pages: citationLine[7]!,
  doi: citationLine[8]!,
};
