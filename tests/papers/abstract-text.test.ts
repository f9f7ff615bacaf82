import { expect, test } from 'vitest';
import { fromHtml } from 'hast-util-from-html';
import { abstractText } from '../../src/papers/abstract-text.ts';
import { renderer } from '../support/render-markdown.ts';

test('a structured abstract is one line, each section led by its label', async () => {
  const { code } = await renderer.render(
    '## Background {#background}\n\nFirst.\nStill first.\n\n## Methods\n\nSecond.\n\nThird.',
  );
  expect(abstractText(fromHtml(code, { fragment: true }))).toBe(
    'Background: First. Still first. Methods: Second. Third.',
  );
});

test('an unstructured abstract keeps its paragraphs, and entities are text again', async () => {
  const { code } = await renderer.render('Cost &amp; effect, p<0.001.\n\nSecond <i>para</i>.');
  expect(abstractText(fromHtml(code, { fragment: true }))).toBe('Cost & effect, p<0.001. Second para.');
});

test('Chinese sections keep their labels and text', async () => {
  const { code } = await renderer.render('## 背景 {#background}\n\n人工智能。\n\n## 结论\n\n完毕。');
  expect(abstractText(fromHtml(code, { fragment: true }))).toBe('背景: 人工智能。 结论: 完毕。');
});
