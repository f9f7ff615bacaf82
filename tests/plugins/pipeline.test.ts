import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { renderer } from '../support/render-markdown.ts';

const fixtures = new URL('../fixtures/plugins/', import.meta.url);

describe('the abstract pipeline renders each fixture to its committed HTML', () => {
  test.each(readdirSync(fixtures))('%s', async (name) => {
    const input = readFileSync(new URL(`${name}/input.md`, fixtures), 'utf8');
    const { code } = await renderer.render(input);
    await expect(code).toMatchFileSnapshot(new URL(`${name}/output.html`, fixtures).pathname);
  });
});

describe('remark-section-ids', () => {
  test('an explicit {#id} becomes the heading id and leaves the heading text', async () => {
    const { code, metadata } = await renderer.render('## 背景 {#background}\n\nText.');
    expect(code).toContain('<h2 id="background">背景</h2>');
    expect(metadata.headings).toEqual([{ depth: 2, slug: 'background', text: '背景' }]);
  });

  test('known labels get the id they share across languages', async () => {
    const ids = [];
    for (const label of ['结论', 'Conclusions', 'CONCLUSION', '目的', 'AIMS']) {
      const { metadata } = await renderer.render(`## ${label}\n\nText.`);
      ids.push(metadata.headings[0]?.slug);
    }
    expect(ids).toEqual(['conclusion', 'conclusion', 'conclusion', 'objective', 'objective']);
  });

  test('a section id used twice fails with the line of the second heading', async () => {
    await expect(renderer.render('## Results\n\nA.\n\n## 结果 {#results}\n\nB.')).rejects.toMatchObject({
      line: 5,
      reason: 'section id "results" is used twice in one abstract; expected each section to have its own {#id}',
    });
  });

  test('raw HTML in a heading is no part of its id', async () => {
    const { metadata } = await renderer.render('## Effect on H<sub onclick="x()">2</sub>O\n\nA.');
    expect(metadata.headings).toEqual([{ depth: 2, slug: 'effect-on-h2o', text: 'Effect on H2O' }]);
  });

  test('an unknown label gets a slug of its text', async () => {
    const { metadata } = await renderer.render('## Study Limitations\n\nA.');
    expect(metadata.headings[0]?.slug).toBe('study-limitations');
  });
});

describe('rehype-abstract-sections', () => {
  test('each section is a region labelled by its heading', async () => {
    const { code } = await renderer.render('## Methods {#methods}\n\nA.\n\nB.');
    expect(code).toMatch(
      /^<section data-section="methods" aria-labelledby="methods"><h2 id="methods">Methods<\/h2>\n<p>A.<\/p>\n<p>B.<\/p><\/section>$/,
    );
  });

  test('an unstructured abstract stays plain paragraphs', async () => {
    const { code } = await renderer.render('One.\n\nTwo.');
    expect(code).toBe('<p>One.</p>\n<p>Two.</p>');
  });
});
