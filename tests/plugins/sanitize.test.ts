import { readdirSync, readFileSync } from 'node:fs';
import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toString } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';
import { describe, expect, test } from 'vitest';
import { renderer } from '../support/render-markdown.ts';

const fixtures = new URL('../fixtures/plugins/', import.meta.url);
const render = async (markdown: string) => (await renderer.render(markdown)).code;

/** Elements that run code, load or embed something, style the page or submit data. */
const dangerousElements = new Set(
  'script style iframe frame frameset object embed applet svg math img image picture source video audio canvas form input button textarea select option template link meta base noscript title'.split(
    ' ',
  ),
);

/** Everything in an HTML fragment that could run, load, restyle, submit or clobber. */
function hazards(html: string): string[] {
  const found: string[] = [];
  visit(fromHtml(html, { fragment: true }), 'element', (node: Element) => {
    if (dangerousElements.has(node.tagName)) found.push(`<${node.tagName}>`);
    for (const [name, value] of Object.entries(node.properties)) {
      const text = Array.isArray(value) ? value.join(' ') : String(value);
      if (/^on/i.test(name) || ['style', 'className', 'name', 'src', 'srcSet', 'action', 'target'].includes(name))
        found.push(`${node.tagName}[${name}]`);
      if (name === 'id' && node.tagName !== 'h2') found.push(`${node.tagName}[id]`);
      if (name === 'href' && !/^(?:https?:\/\/|mailto:)/.test(text)) found.push(`${node.tagName}[href=${text}]`);
      if (/(?:java|vb)script:|data:/i.test(text)) found.push(`${node.tagName}[${name}=${text}]`);
    }
  });
  return found;
}

describe('the sanitizer', () => {
  test.each(readdirSync(fixtures))('leaves nothing that could run, load or clobber in %s', (name) => {
    const output = readFileSync(new URL(`${name}/output.html`, fixtures), 'utf8');
    expect(hazards(output)).toEqual([]);
  });

  test('the check above finds what it looks for', () => {
    expect(
      hazards('<p id="x" onclick="a()"><img src="data:x"><a href="javascript:b()" target="_blank">l</a></p>'),
    ).toEqual([
      'p[id]',
      'p[onClick]',
      '<img>',
      'img[src]',
      'img[src=data:x]',
      'a[href=javascript:b()]',
      'a[href=javascript:b()]',
      'a[target]',
    ]);
  });

  test('keeps the inline markup abstracts use, exactly', async () => {
    expect(
      await render('H<sub>2</sub>O, 10<sup>−3</sup>, <i>E. coli</i>, <em>a</em>, <b>b</b>, <strong>c</strong>'),
    ).toBe('<p>H<sub>2</sub>O, 10<sup>−3</sup>, <i>E. coli</i>, <em>a</em>, <b>b</b>, <strong>c</strong></p>');
    expect(await render('one<br>two<br/>three')).toBe('<p>one<br>two<br>three</p>');
  });

  test('keeps the text of markup it removes, but never the text of scripts or styles', async () => {
    const html = await render('<div onclick="x()">Kept <font color="red">text</font></div><style>p{}</style>');
    expect(toString(fromHtml(html, { fragment: true }))).toBe('Kept text');
  });

  test('ids come only from Markdown section headings', async () => {
    const html = await render('## Methods {#methods}\n\n<h2 id="main">Raw</h2>\n\n<p id="methods">A.</p>');
    expect(html).toBe(
      '<section data-section="methods" aria-labelledby="methods"><h2 id="methods">Methods</h2>\n<p>Raw</p>\n<p>A.</p></section>',
    );
  });

  test('external links get rel="noopener" and a normalized URL; other links become their text', async () => {
    expect(await render('<a href="HTTPS://Example.org/a b" target="_blank">x</a> <a href="/y">y</a>')).toBe(
      '<p><a href="https://example.org/a%20b" rel="noopener">x</a> y</p>',
    );
  });

  test.each([
    ['a <template> left open', 'Text <template>inside\n\n## Results\n\nAfter.', 1, 'raw HTML <template> is left open'],
    [
      'a <select> left open',
      'Text <select>inside\n\n## Results\n\nAfter.',
      3,
      'this text is lost to raw HTML left open',
    ],
    [
      'a <noscript> the parser keeps open',
      '<form><noscript><p title="</noscript><img src=x onerror=alert(1)>"></noscript></form>\n\n## Results\n\nAfter.',
      1,
      'raw HTML <noscript> is left open',
    ],
  ])('refuses %s rather than drop the text after it, naming the line', async (_name, markdown, line, reason) => {
    await expect(render(markdown)).rejects.toMatchObject({ line, reason: expect.stringContaining(reason) });
  });
});
