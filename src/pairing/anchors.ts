import type { SentenceFacts } from './gale-church.ts';

/** Numbers written out, as an English abstract starts a sentence with them (`Forty`), as digits. */
const numberWords: Record<string, string> = Object.fromEntries(
  [
    'zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen',
    'sixteen seventeen eighteen nineteen twenty',
  ]
    .join(' ')
    .split(' ')
    .map((word, index) => [word, String(index)])
    .concat(
      ['thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'].map((word, index) => [
        word,
        String(30 + 10 * index),
      ]),
    ),
);

const token = /\d+(?:[.,]\d+)*|[A-Za-z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)*/g;
const number = /^\d/;
const question = /[?？]\P{L}*$/u;
/** An acronym or a name with digits in it (`AI`, `GTM`, `COVID-19`, `IL-6`). */
const acronym = /^(?=.*[A-Z].*[A-Z0-9])[A-Za-z0-9-]+$/;

/**
 * What the alignment knows of a sentence: its length without white space and its anchors.
 * In the source language (English) the anchors are its numbers and acronyms, and any of its
 * words may match; in a translation (Chinese) every number and Latin word is an anchor, as the
 * translator carried it over (`AI`, `GTM`, `2017`). Numbers lose their thousands separators. A
 * question is an anchor too: it stays a question in translation, and abstracts ask few.
 */
export function sentenceFacts(text: string, source: boolean): SentenceFacts {
  const anchors = new Set<string>();
  const words = new Set<string>();
  for (const [match] of text.matchAll(token)) {
    const digits = number.test(match) ? match.replace(/,(?=\d{3}\b)/g, '') : undefined;
    const word = digits ?? match.toLowerCase();
    words.add(numberWords[word] ?? word);
    if (!source || digits !== undefined || acronym.test(match)) anchors.add(word);
  }
  if (question.test(text)) {
    anchors.add('?');
    words.add('?');
  }
  return { length: text.replace(/\s+/g, '').length, anchors, words };
}
