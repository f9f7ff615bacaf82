/**
 * A synthetic PubMed export in the MEDLINE format, for the benchmark's import of PubMed records:
 * each record is the paper `generateRecord` makes (same affiliations, citation and English
 * abstract), with what PubMed adds: a PMID, a title, 1 to 12 authors with full names (some with
 * an ORCID iD), each given some of the affiliations, keywords, MeSH headings and publication types.
 */
import { isChineseLine } from '../src/importer/abstract-sections.ts';
import { readCitationLine } from '../src/importer/citation-line.ts';
import { generateRecord, prng } from './generate.ts';

const families = ['Martin', 'Wang', 'García', 'Müller', 'Okafor', 'Tanaka', 'Novák', 'Silva', 'Kowalski', 'Haddad'];
const givens = ['Anna', 'Wei', 'María José', 'Jonas', 'Chinedu', 'Yui', 'Tomáš', 'Beatriz', 'Piotr', 'Rami'];
const keywords = ['sleep', 'attention', 'screening', 'cohort', 'machine learning', 'nursing', 'stroke', 'ethics'];
const headings = ['Humans', 'Adult', 'Female', 'Male', 'Aged', '*Sleep/physiology', 'Surveys and Questionnaires'];
const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** A field as MEDLINE writes it: the tag padded to four characters, lines of at most 80 continued six spaces in. */
function field(tag: string, value: string): string {
  const lines: string[] = [];
  let line = '';
  for (const word of value.split(' ')) {
    if (line && line.length + word.length + 1 > 74) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  lines.push(line);
  return lines.map((text, index) => (index === 0 ? `${tag.padEnd(4)}- ${text}` : `      ${text}`)).join('\n');
}

/** The MEDLINE record of paper `index` (see the module's comment). */
export function generateMedlineRecord(index: number, seed = 1): string {
  const random = prng(seed * 7_000_003 + index);
  const int = (min: number, max: number) => min + Math.floor(random() * (max - min + 1));
  const pick = <T>(list: readonly T[]): T => list[int(0, list.length - 1)] as T;
  const lines = generateRecord(index, seed).split('\n');
  const at = lines.findIndex((line) => readCitationLine(line));
  const citation = readCitationLine(lines[at] ?? '');
  if (!citation?.date) throw new Error(`generateRecord(${index}) made no citation line`);
  const affiliations = lines.slice(0, at);
  const english = lines
    .slice(at + 1)
    .filter((line) => line && !isChineseLine(line) && !/\.\s+\d{4}(-\d+){0,2}$/.test(line));
  const { year, month, day } = citation.date;
  const fields = [
    field('PMID', String(10_000_000 + index)),
    field('OWN', 'NLM'),
    field('STAT', 'MEDLINE'),
    ...(citation.volume ? [field('VI', citation.volume)] : []),
    ...(citation.issue ? [field('IP', citation.issue)] : []),
    field('DP', [year, month && months[month - 1], day].filter(Boolean).join(' ')),
    field('TI', `${english[0]?.replace(/^[A-Z][A-Z ]*: /, '').split('. ')[0] ?? 'Untitled'}.`),
    ...(citation.pages ? [field('PG', citation.pages)] : []),
    ...(citation.doi ? [field('LID', `${citation.doi} [doi]`)] : []),
    field('AB', english.join(' ')),
  ];
  for (let author = int(1, 12); author > 0; author--) {
    const family = pick(families);
    const given = pick(givens);
    fields.push(field('FAU', `${family}, ${given}`), field('AU', `${family} ${given.replace(/[^A-ZÀ-Ý ]|\s/g, '')}`));
    if (random() < 0.3) fields.push(field('AUID', `ORCID: 0000-000${int(1, 3)}-${int(1000, 9999)}-${int(1000, 9999)}`));
    for (const affiliation of affiliations.filter(() => random() < 0.6)) fields.push(field('AD', affiliation));
  }
  fields.push(field('LA', 'eng'), field('PT', 'Journal Article'), field('TA', citation.journal));
  for (const heading of headings.filter(() => random() < 0.5)) fields.push(field('MH', heading));
  for (const keyword of keywords.filter(() => random() < 0.4)) fields.push(field('OT', keyword));
  return `${fields.join('\n')}\n`;
}
