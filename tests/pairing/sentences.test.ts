import { describe, expect, test } from 'vitest';
import { sentenceRanges } from '../../src/pairing/sentences.ts';

const sentences = (text: string, lang: string) =>
  sentenceRanges(text, lang).map(({ start, end }) => text.slice(start, end));

describe('sentenceRanges in English', () => {
  test('abbreviations, figures, confidence intervals, p-values and decimals do not end a sentence', () => {
    expect(
      sentences(
        'Drugs, e.g. statins, were compared vs. placebo (Fig. 2). The 95% CI 1.2-3.4 was wide (p < 0.05). ' +
          'Doses were 3.5 mg, i.e. low. Dr. Smith agreed.',
        'en',
      ),
    ).toEqual([
      'Drugs, e.g. statins, were compared vs. placebo (Fig. 2).',
      'The 95% CI 1.2-3.4 was wide (p < 0.05).',
      'Doses were 3.5 mg, i.e. low.',
      'Dr. Smith agreed.',
    ]);
  });

  test('a full stop inside brackets, or before a lower-case word, does not end one either', () => {
    expect(sentences('Rates fell (see Fig. 3. Note the scale). Rates rose. then fell. Why? Unclear!', 'en')).toEqual([
      'Rates fell (see Fig. 3. Note the scale).',
      'Rates rose. then fell.',
      'Why?',
      'Unclear!',
    ]);
  });

  test('the line breaks of a wrapped paragraph are no sentence breaks', () => {
    expect(sentences('A long sentence\nwrapped over lines. Then\nanother.', 'en')).toEqual([
      'A long sentence\nwrapped over lines.',
      'Then\nanother.',
    ]);
  });
});

describe('sentenceRanges in Chinese', () => {
  test('ends at 。！？ and their ASCII forms, never at a semicolon', () => {
    expect(sentences('结果如下;差异显著；值得注意。是否持续?是的!结束.2017 年复查.', 'zh-Hans')).toEqual([
      '结果如下;差异显著；值得注意。',
      '是否持续?',
      '是的!',
      '结束.',
      '2017 年复查.',
    ]);
  });

  test('keeps decimals, confidence intervals and Latin abbreviations whole, and a closing quote with its sentence', () => {
    expect(sentences('风险比 0.74(95% CI 0.60-0.91;p = 0.004)。他说:“有效。”如 e.g. 所示。', 'zh-Hans')).toEqual([
      '风险比 0.74(95% CI 0.60-0.91;p = 0.004)。',
      '他说:“有效。”',
      '如 e.g. 所示。',
    ]);
  });

  test('an opening quote goes with the sentence it opens', () => {
    expect(sentences('前一句。“引用的一句。”', 'zh-Hans')).toEqual(['前一句。', '“引用的一句。”']);
  });
});
