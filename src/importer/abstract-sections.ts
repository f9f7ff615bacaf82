import { sectionIdForLabel } from '../lib/section-labels.ts';

/** A non-blank line of a record, trimmed, with its 1-based line number. */
export interface RecordLine {
  text: string;
  line: number;
}

/** One section of an abstract as the record gives it. */
export interface RecordSection {
  /** The label as written (`BACKGROUND`, `背景`); `undefined` for an unstructured abstract. */
  label: string | undefined;
  /** Line of the record on which the section starts. */
  line: number;
  /** The section's text, one paragraph per record line (labels removed). */
  paragraphs: string[];
}

/** A label found in a line: the label as written, where it starts, and its length with the colon. */
interface Label {
  label: string;
  index: number;
  length: number;
}

/**
 * An upper-case label and its colon (`BACKGROUND:`, `MATERIALS AND METHODS:`), at the start of a
 * line or after the end of a sentence, where structured abstracts put them.
 */
const englishLabel = /(?:^|(?<=[.?!][)\]"'”’]*\s+))([A-Z][A-Z0-9 &,/()'’-]*[A-Z0-9)]):[ \t]*/g;

/**
 * Splits the English abstract into its labelled sections. An abstract is structured when it
 * starts with a label; otherwise it is one unlabelled section (so a colon after a capitalised
 * word inside an unstructured abstract is never taken for a label). Each line is a paragraph.
 */
export function englishSections(lines: readonly RecordLine[]): RecordSection[] {
  return splitSections(lines, englishLabels);
}

function englishLabels(text: string): Label[] {
  return [...text.matchAll(englishLabel)].map((match) => ({
    label: match[1] ?? '',
    index: match.index,
    length: match[0].length,
  }));
}

/** A label of Han characters and a colon, ASCII or full-width: `背景:`, `材料与方法：`, `设计、地点和参与者:`. */
const chineseColonLabel = /^(\p{Script=Han}[\p{Script=Han}、/／]{0,15})\s*[:：]\s*/u;
/** A label followed by a space only (`目的 `): taken as a label only when it is a known one. */
const chineseSpaceLabel = /^(\p{Script=Han}{1,16})[ \u3000]+/u;

/**
 * Splits the Chinese abstract into its sections, one a line, each starting with a label followed
 * by an ASCII colon, a full-width colon or a space. Structured when the first line has a label;
 * a later line without one continues the section before it. Otherwise one unlabelled section.
 */
export function chineseSections(lines: readonly RecordLine[]): RecordSection[] {
  return splitSections(lines, chineseLabels);
}

function chineseLabels(text: string): Label[] {
  const colon = chineseColonLabel.exec(text);
  if (colon?.[1]) return [{ label: colon[1], index: 0, length: colon[0].length }];
  const space = chineseSpaceLabel.exec(text);
  if (space?.[1] && sectionIdForLabel(space[1])) return [{ label: space[1], index: 0, length: space[0].length }];
  return [];
}

/**
 * Splits an abstract at the labels `labelsIn` finds in each line, by the rule both languages
 * share: structured only when the first line starts with a label, else one unlabelled section.
 */
function splitSections(lines: readonly RecordLine[], labelsIn: (text: string) => Label[]): RecordSection[] {
  const first = lines[0];
  if (!first) return [];
  if (labelsIn(first.text)[0]?.index !== 0) {
    return [{ label: undefined, line: first.line, paragraphs: lines.map((line) => line.text) }];
  }
  const sections: RecordSection[] = [];
  for (const { text, line } of lines) {
    let from = 0;
    for (const { label, index, length } of labelsIn(text)) {
      addParagraph(sections.at(-1), text.slice(from, index));
      sections.push({ label, line, paragraphs: [] });
      from = index + length;
    }
    addParagraph(sections.at(-1), text.slice(from));
  }
  return sections;
}

function addParagraph(section: RecordSection | undefined, text: string) {
  const paragraph = text.trim();
  if (section && paragraph) section.paragraphs.push(paragraph);
}

const han = /\p{Script=Han}/gu;
const latinWord = /[A-Za-z]+/g;

/**
 * Whether a line belongs to the Chinese abstract: it has more Han characters than Latin words.
 * An English sentence naming a herb (`Huangqi (黄芪)`) stays English; a Chinese sentence full of
 * abbreviations (`结果:AUC 为 0.85`) stays Chinese.
 */
export function isChineseLine(text: string): boolean {
  const hanCount = text.match(han)?.length ?? 0;
  return hanCount > 0 && hanCount >= (text.match(latinWord)?.length ?? 0);
}
