import { describe, expect, test } from 'vitest';
import { chineseSections, englishSections, isChineseLine } from '../../src/importer/abstract-sections.ts';
import { sectionHeadings, titleCase } from '../../src/importer/section-headings.ts';

const lines = (...texts: string[]) => texts.map((text, index) => ({ text, line: index + 1 }));

describe('englishSections', () => {
  test('splits labels at the start of a line and after the end of a sentence only', () => {
    expect(
      englishSections(
        lines('BACKGROUND: Patients with HIV: a cohort. METHODS AND FINDINGS: We (n=5). CONCLUSIONS: Yes.'),
      ),
    ).toEqual([
      { label: 'BACKGROUND', line: 1, paragraphs: ['Patients with HIV: a cohort.'] },
      { label: 'METHODS AND FINDINGS', line: 1, paragraphs: ['We (n=5).'] },
      { label: 'CONCLUSIONS', line: 1, paragraphs: ['Yes.'] },
    ]);
  });

  test('reads an abstract that does not start with a label as unstructured, colons and all', () => {
    expect(englishSections(lines('We studied 40 adults. NOTE: all slept.', 'A second paragraph.'))).toEqual([
      { label: undefined, line: 1, paragraphs: ['We studied 40 adults. NOTE: all slept.', 'A second paragraph.'] },
    ]);
  });
});

describe('chineseSections', () => {
  test.each(['背景:文本。', '背景：文本。', '背景 文本。'])('reads the label of "%s"', (text) => {
    expect(chineseSections(lines(text))).toEqual([{ label: '背景', line: 1, paragraphs: ['文本。'] }]);
  });

  test('takes a word before a space for a label only when it is a known one', () => {
    expect(chineseSections(lines('我们旨在了解 AI 的看法。'))[0]?.label).toBeUndefined();
  });
});

describe('isChineseLine', () => {
  test.each([
    ['结果:AUC 为 0.85(95% CI 0.80-0.90)。', true],
    ['Huangqi (黄芪) improved the outcome in most of the treated patients.', false],
    ['RESULTS: AUC 0.85.', false],
  ])('%s -> %s', (text, chinese) => {
    expect(isChineseLine(text)).toBe(chinese);
  });
});

describe('section headings', () => {
  test('are in title case in English, with small words in lower case', () => {
    expect(titleCase('DESIGN, SETTING, AND PARTICIPANTS')).toBe('Design, Setting, and Participants');
    expect(titleCase('METHODS/DESIGN')).toBe('Methods/Design');
  });

  test('give the Chinese sections the English ids by position when the counts match', () => {
    const { zh } = sectionHeadings(['IMPORTANCE', 'DESIGN'], ['重要性', '研究设计']);
    expect(zh).toEqual([
      { text: '重要性', id: 'importance' },
      { text: '研究设计', id: 'design' },
    ]);
  });

  test('fall back on the label table, then on the position, and never repeat an id', () => {
    expect(sectionHeadings(['CONCLUSION', 'CONCLUSIONS', '3D ANALYSIS'], ['结论', '其他'])).toEqual({
      en: [
        { text: 'Conclusion', id: 'conclusion' },
        { text: 'Conclusions', id: 'conclusion-2' },
        { text: '3d Analysis', id: 'section-3' },
      ],
      zh: [
        { text: '结论', id: 'conclusion' },
        { text: '其他', id: 'section-2' },
      ],
    });
  });
});
