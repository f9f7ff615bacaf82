/** Where one sentence of a text is: `[start, end)`, white space around it left out. */
export interface SentenceRange {
  start: number;
  end: number;
}

/**
 * Words that end with a full stop without ending a sentence in an abstract (`e.g.`, `vs.`,
 * `Fig. 2`), compared in lower case. `et al.` is not among them: ICU already keeps it when a
 * lower-case word follows, and before a capital it usually does end the sentence.
 */
const abbreviations = new Set([
  'e.g',
  'i.e',
  'vs',
  'cf',
  'fig',
  'figs',
  'tab',
  'eq',
  'eqs',
  'ref',
  'refs',
  'no',
  'nos',
  'approx',
  'ca',
  'vol',
  'pp',
  'mr',
  'mrs',
  'ms',
  'dr',
  'prof',
  'st',
]);

/** Quotes and brackets that may close a sentence after its full stop (`。”`, `.)`). */
const closers = `"'”’」』）)】》\\]`;
/** What ends a sentence, in each kind of script; `;` and `；` never do. */
const englishEnd = new RegExp(`[.!?…][${closers}]*$`, 'u');
const chineseEnd = new RegExp(`[。！？.!?…][${closers}]*$`, 'u');
/**
 * Ends ICU does not see in Chinese: an ASCII full stop right after a Han character or a
 * bracket, followed by more text without a space (`完成.2017 年`), which ICU keeps together
 * because a digit follows.
 */
const chineseExtraEnds = new RegExp(`(?<=[\\p{Script=Han}）)”」])\\.[${closers}]*(?=\\S)`, 'gu');
const abbreviationBefore = /(?:^|[^A-Za-z.])([A-Za-z](?:[A-Za-z]*|(?:\.[A-Za-z])+))\.[\s\p{Pe}"'”’]*$/u;
const openers = /[(（[【「『“‘《]+$/u;
const startsLowerCase = /\s*\p{Ll}/uy;

const segmenters = new Map<string, Intl.Segmenter>();

function segmenter(lang: string): Intl.Segmenter {
  let found = segmenters.get(lang);
  if (!found) segmenters.set(lang, (found = new Intl.Segmenter(lang, { granularity: 'sentence' })));
  return found;
}

/**
 * The sentences of `text` (one paragraph) in the language `lang`: ICU's sentence breaks
 * (`Intl.Segmenter`) with the corrections abstracts need. A break stands only where the text
 * before it ends with a sentence's final punctuation (so never at `;`/`；`, nor at the line
 * breaks of a wrapped paragraph), outside brackets (`(95% CI 1.2-3.4. n = 3)`), not after an
 * abbreviation (`e.g.`, `vs.`, `Fig.`) and not before a lower-case word. Chinese also ends at
 * `。！？` and their ASCII forms wherever they stand; an opening quote or bracket that ICU left at
 * the end of a sentence goes with the next one.
 */
export function sentenceRanges(text: string, lang: string): SentenceRange[] {
  const chinese = lang.startsWith('zh');
  const candidates = new Set<number>();
  for (const { index, segment } of segmenter(lang).segment(text)) {
    const end = index + segment.length;
    // ICU ends `下一句。“` after the quote that opens the next sentence.
    candidates.add(end - (openers.exec(segment)?.[0].length ?? 0));
  }
  if (chinese) for (const match of text.matchAll(chineseExtraEnds)) candidates.add(match.index + match[0].length);
  const depth = bracketDepths(text);
  const ends = [...candidates]
    .filter((end) => end < text.length && depth[end] === 0 && endsSentence(text, end, chinese))
    .sort((a, b) => a - b);
  ends.push(text.length);
  const ranges: SentenceRange[] = [];
  let start = 0;
  for (const end of ends) {
    const range = trimmed(text, start, end);
    if (range) ranges.push(range);
    start = end;
  }
  return ranges;
}

/** How much of the text before a sentence's end its tests need to see. */
const tail = 40;

function endsSentence(text: string, end: number, chinese: boolean): boolean {
  const head = text.slice(Math.max(0, end - tail), end).trimEnd();
  if (!(chinese ? chineseEnd : englishEnd).test(head)) return false;
  startsLowerCase.lastIndex = end;
  if (startsLowerCase.test(text)) return false;
  const word = abbreviationBefore.exec(head)?.[1];
  return !(word && abbreviations.has(word.toLowerCase()));
}

/** How many brackets are open before each offset of `text` (and at its end). */
function bracketDepths(text: string): Uint16Array {
  const depths = new Uint16Array(text.length + 1);
  let depth = 0;
  for (let index = 0; index < text.length; index++) {
    depths[index] = depth;
    const character = text.charAt(index);
    if (character === '(' || character === '（' || character === '[') depth++;
    else if ((character === ')' || character === '）' || character === ']') && depth > 0) depth--;
  }
  depths[text.length] = depth;
  return depths;
}

function trimmed(text: string, start: number, end: number): SentenceRange | undefined {
  while (start < end && /\s/.test(text.charAt(start))) start++;
  while (end > start && /\s/.test(text.charAt(end - 1))) end--;
  return end > start ? { start, end } : undefined;
}
