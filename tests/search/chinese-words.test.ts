import { expect, test } from 'vitest';
import { breakChineseWords, breakChineseWordsInHtml, joinChineseWords } from '../../src/search/chinese-words.ts';

const seedSentence = '人工智能(AI)拥有似乎无限的力量,有望真正彻底改变患者的医疗保健方式。';

test('Chinese text gets a space between its words, as ICU cuts them', () => {
  expect(breakChineseWords(seedSentence)).toBe(
    '人工 智能(AI)拥有 似乎 无限 的 力量,有望 真正 彻底 改变 患者 的 医疗 保健 方式。',
  );
  expect(breakChineseWords('采用扎根理论方法')).toBe('采用 扎根 理论 方法');
});

test('only between two Han characters: Latin words, numbers, punctuation and spaces are left as written', () => {
  expect(breakChineseWords('看待 AI 在日常实践中')).toBe('看待 AI 在 日常 实践 中');
  expect(breakChineseWords('2017 年 10 月至 2018 年')).toBe('2017 年 10 月 至 2018 年');
  expect(breakChineseWords('Grounded theory (GTM), n=40; p<0.05.')).toBe('Grounded theory (GTM), n=40; p<0.05.');
  expect(breakChineseWords('')).toBe('');
});

test('in HTML, text is broken outside headings, and tags and entities are untouched', () => {
  const html =
    '<section data-section="methods"><h2 id="methods">研究方法</h2>\n<p>医疗保健&amp;扎根理论<em class="x">研究方法</em></p></section>';
  expect(breakChineseWordsInHtml(html)).toBe(
    '<section data-section="methods"><h2 id="methods">研究方法</h2>\n<p>医疗 保健&amp;扎根 理论<em class="x">研究 方法</em></p></section>',
  );
});

test('a reader is shown the text as written: the spaces between Han characters come out again', () => {
  expect(joinChineseWords([breakChineseWords(seedSentence)])).toEqual([seedSentence]);
  expect(joinChineseWords(['看待 AI 在 日常 实践 中'])).toEqual(['看待 AI 在日常实践中']);
});

test('across the pieces of an excerpt that Pagefind cuts around its marks', () => {
  // `患者 的 <mark>医疗</mark> <mark>保健</mark> 方式` as text nodes.
  expect(joinChineseWords(['患者 的 ', '医疗', ' ', '保健', ' 方式'])).toEqual(['患者的', '医疗', '', '保健', '方式']);
  expect(joinChineseWords(['Kaunas ', '医疗', ' 2024'])).toEqual(['Kaunas ', '医疗', ' 2024']);
  expect(joinChineseWords(['𠀀 𠀁', ' 𠀂'])).toEqual(['𠀀𠀁', '𠀂']);
});
