/**
 * Chinese is written without spaces, so Pagefind cuts a Chinese page into words itself: it
 * segments each whitespace-separated chunk of text with its own dictionary segmenter, whose cost
 * grows with the chunk, and an unspaced paragraph is one chunk (about 100 s and 3 GiB for 10,000
 * Chinese pages). The index step therefore puts a space between the words of Chinese text first,
 * with ICU's word segmenter (`Intl.Segmenter`), the one Pagefind 1.6's own search runs on a
 * Chinese query in the browser, so a query and the text it should find are cut alike.
 *
 * Spaces go only between two Han characters: Latin words, numbers and punctuation already end
 * chunks or stay with their neighbour, and a space there would change what a reader sees. Pagefind
 * shows excerpts from the text it indexed, so {@link joinChineseWords} takes those spaces out again.
 */

const hanAtEnd = /\p{Script=Han}$/u;
const hanAtStart = /^\p{Script=Han}/u;
let segmenter: Intl.Segmenter | undefined;

/** `text` with a space at every word boundary that falls between two Han characters. */
export function breakChineseWords(text: string): string {
  segmenter ??= new Intl.Segmenter('zh-Hans', { granularity: 'word' });
  let broken = '';
  let previous = '';
  for (const { segment } of segmenter.segment(text)) {
    if (hanAtEnd.test(previous) && hanAtStart.test(segment)) broken += ' ';
    broken += segment;
    previous = segment;
  }
  return broken;
}

/**
 * HTML (as the Markdown pipeline writes it) with {@link breakChineseWords} applied to its text
 * outside headings: headings stay as written, since Pagefind shows them as the titles of
 * sub-results. Tags and entities are left alone (a space only ever goes between Han characters).
 */
export function breakChineseWordsInHtml(html: string): string {
  let inHeading = false;
  return html
    .split(/(<[^>]*>)/)
    .map((part, index) => {
      if (index % 2 === 1) {
        if (/^<h[1-6][\s>]/i.test(part)) inHeading = true;
        else if (/^<\/h[1-6]\s*>/i.test(part)) inHeading = false;
        return part;
      }
      return inHeading ? part : breakChineseWords(part);
    })
    .join('');
}

const spaceBetweenHan = /(?<=\p{Script=Han}) (?=\p{Script=Han})/gu;

/**
 * Consecutive pieces of shown text (the text nodes of an excerpt, which Pagefind splits around
 * its `<mark>`s) with every space between two Han characters taken out, across pieces too: the
 * spaces {@link breakChineseWords} put in, which a reader of Chinese must not see.
 */
export function joinChineseWords(pieces: readonly string[]): string[] {
  const dropped = new Set([...pieces.join('').matchAll(spaceBetweenHan)].map((match) => match.index));
  let offset = 0;
  return pieces.map((piece) => {
    const start = offset;
    offset += piece.length;
    if (dropped.size === 0) return piece;
    let kept = '';
    // By UTF-16 unit, as match indexes count: a space is one unit, a Han character one or two.
    for (let index = 0; index < piece.length; index++) if (!dropped.has(start + index)) kept += piece[index];
    return kept;
  });
}
