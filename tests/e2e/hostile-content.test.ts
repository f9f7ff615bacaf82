import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';
import { describe, expect, test } from 'vitest';
import { builtSite, everyPage } from './support/built-sites.ts';
import { servedUrl, useChromium } from './support/served.ts';

const { withPage } = useChromium();
const fixtures = builtSite('dist-fixtures');
const open = (page: string) => servedUrl(fixtures, page);

/** Markup that could run code, frame or restyle the page, or that the policy would refuse. */
function hazards(html: string): string[] {
  const found: string[] = [];
  visit(fromHtml(html), 'element', (node: Element) => {
    const type = String(node.properties['type'] ?? '');
    if (node.tagName === 'script' && !node.properties['src'] && !/json/.test(type)) found.push('an inline <script>');
    if (['iframe', 'frame', 'object', 'embed', 'applet', 'base', 'style'].includes(node.tagName))
      found.push(`<${node.tagName}>`);
    for (const [name, value] of Object.entries(node.properties)) {
      if (/^on/i.test(name)) found.push(`<${node.tagName} ${name}>`);
      if (name === 'style') found.push(`<${node.tagName} style> (refused by the policy)`);
      if (
        ['href', 'src', 'action', 'formAction'].includes(name) &&
        /^\s*(?:javascript|vbscript|data):/i.test(String(value))
      )
        found.push(`<${node.tagName} ${name}="${String(value)}">`);
    }
  });
  return found;
}

describe('no built page carries markup that could run code', () => {
  test.each(everyPage)('%s', (_name, site, page) => {
    expect(hazards(readFileSync(join(site.dir, page), 'utf8'))).toEqual([]);
  });
});

describe('the hostile paper, as a reader sees it', () => {
  test.each(fixtures.pages)('opening %s runs none of its scripts and loads nothing from elsewhere', async (page) => {
    const events = await withPage({}, async (tab) => {
      const seen: string[] = [];
      tab.on('dialog', (dialog) => {
        seen.push(`dialog: ${dialog.message()}`);
        void dialog.dismiss();
      });
      tab.on('request', (request) => {
        if (!request.url().startsWith(open(''))) seen.push(`request: ${request.url()}`);
      });
      await tab.goto(open(page), { waitUntil: 'networkidle' });
      await tab.locator('body').hover();
      return seen;
    });
    expect(events).toEqual([]);
  });

  test.each([
    ['en/hostile-html/', ['Background', 'Methods', 'Results']],
    ['zh/hostile-html/', ['背景', '方法', '结果']],
  ])('on %s the text survives and only the Markdown headings are headings', async (page, headings) => {
    await withPage({}, async (tab) => {
      await tab.goto(open(page));
      expect(await tab.locator('.abstract h2').allTextContents()).toEqual(headings);
      expect(await tab.locator('#main').count()).toBe(1);
      expect(await tab.locator('h1').textContent()).toContain('<script>alert("title")</script>Hostile <img src=x');
    });
  });

  test('the English page keeps formulae and the one real link, rel="noopener"', async () => {
    await withPage({}, async (tab) => {
      await tab.goto(open('en/hostile-html/'));
      const text = await tab.locator('.abstract').textContent();
      expect(text).toContain('H2O stays, its handler goes');
      expect(text).toContain('A paragraph inside a raw bold element.');
      expect(await tab.locator('.abstract sub').first().textContent()).toBe('2');
      const links = tab.locator('.abstract a');
      expect(await links.count()).toBe(1);
      expect(await links.getAttribute('href')).toBe('https://example.org/a%20b');
      expect(await links.getAttribute('rel')).toBe('noopener');
      expect(await tab.locator('a.doi').getAttribute('href')).toBe(
        "https://doi.org/10.5555/x%3Cy%3E%22z'%26amp%3B%23frag%3Fq%3D1",
      );
    });
  });
});

describe('Unicode is kept exactly', () => {
  const title =
    'Cafe\u0301 au lait: full\u2011width （），；： punctuation, NBSP\u00a0kept, \u22125\u00a0°C, 10⁻³ and x², emoji 👩🏽\u200d🔬🧪';
  const english = [
    'Cafe\u0301 and Mu\u0308ller',
    '（n＝12），。',
    '5\u00a0mg and 37\u00a0°C',
    'Minus: \u22125 versus hyphen -5',
    '10⁻³ mol/L, m², x⁴',
    'H₂O',
    '👩🏽\u200d🔬 🧪 ❤\ufe0f',
    '\u{20000}',
    'क्\u200dष',
  ];
  const chinese = ['（n＝12），「引号」、《书名》——破折号……。', '温度\u22125\u00a0°C，浓度 10⁻³ mol/L。👩🏽\u200d🔬'];

  test.each([
    ['en/unicode-kept/', english],
    ['zh/unicode-kept/', chinese],
  ])('on %s: title, authors and abstract, character for character', async (page, samples) => {
    await withPage({}, async (tab) => {
      await tab.goto(open(page));
      expect(await tab.locator('h1').textContent()).toBe(title);
      expect(await tab.locator('.authors .author-name').allTextContents()).toEqual([
        'Mu\u0308ller K',
        '张伟',
        'الفارسي أ',
      ]);
      const abstract = (await tab.locator('.abstract-body').textContent()) ?? '';
      for (const sample of samples) expect(abstract).toContain(sample);
    });
  });

  test('each affiliation reads in its own direction inside a list that keeps the page direction', async () => {
    await withPage({}, async (tab) => {
      await tab.goto(open('en/unicode-kept/'));
      const direction = (selector: string) =>
        tab.locator(selector).evaluateAll((items) => items.map((item) => getComputedStyle(item).direction));
      expect(await direction('.affiliations li bdi')).toEqual(['rtl', 'ltr', 'rtl', 'ltr', 'ltr']);
      expect(await direction('.affiliations li')).toEqual(['ltr', 'ltr', 'ltr', 'ltr', 'ltr']);
      expect(await tab.locator('.affiliations li').first().textContent()).toBe(
        'جامعة القاهرة، كلية الطب، القاهرة، مصر.',
      );
    });
  });

  test.each(everyPage)('%s does not scroll sideways on a 375 px phone', async (_name, site, page) => {
    const overflow = await withPage({ viewport: { width: 375, height: 740 } }, async (tab) => {
      await tab.goto(servedUrl(site, page));
      return tab.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    });
    expect(overflow).toBe(0);
  });
});

describe('papers with one language, or almost nothing known', () => {
  test.each([
    ['zh/english-only/', 'en', true],
    ['en/english-only/', 'en', false],
    ['en/chinese-only/', 'zh-Hans', true],
    ['zh/chinese-only/', 'zh-Hans', false],
  ])('%s shows the abstract in %s, saying so when it is not the page language: %s', async (page, lang, notice) => {
    await withPage({}, async (tab) => {
      await tab.goto(open(page));
      expect(await tab.locator('.abstract-body').getAttribute('lang')).toBe(lang);
      expect(await tab.locator('.abstract .notice').count()).toBe(notice ? 1 : 0);
    });
  });

  test.each([
    ['en/bare-minimum/', 'BMJ 1998'],
    ['zh/bare-minimum/', 'BMJ 1998'],
  ])('%s is titled by its citation and shows no empty author, DOI or affiliation parts', async (page, heading) => {
    await withPage({}, async (tab) => {
      await tab.goto(open(page));
      expect(await tab.locator('h1').textContent()).toBe(heading);
      for (const part of ['.authors', 'a.doi', '.affiliations', '.related-list li']) {
        expect(await tab.locator(part).count()).toBe(0);
      }
      expect(await tab.locator('.abstract-body').textContent()).toContain(
        'An unstructured abstract with nothing else known',
      );
    });
  });
});
