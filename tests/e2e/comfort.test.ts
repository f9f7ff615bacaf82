import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowser } from './support/page.ts';
import { seedSlug } from './support/seed.ts';

const { open } = useBrowser();

const views = [
  '',
  'en/',
  'zh/',
  `en/${seedSlug}/`,
  `zh/${seedSlug}/`,
  `en/${seedSlug}/#side-by-side`,
  `zh/${seedSlug}/#side-by-side`,
  `${seedSlug}/`,
];

/** The longest line of each paragraph of running text, as characters in all and Han characters. */
function longestLines(page: Page) {
  return page.locator('.abstract-body p, .parallel-cell section p').evaluateAll((paragraphs) =>
    paragraphs.map((paragraph) => {
      const lines = new Map<number, { all: number; han: number }>();
      const walker = document.createTreeWalker(paragraph, NodeFilter.SHOW_TEXT);
      const range = document.createRange();
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = (node as Text).data;
        for (let i = 0; i < text.length; i++) {
          range.setStart(node, i);
          range.setEnd(node, i + 1);
          const rect = range.getClientRects()[0];
          if (!rect) continue;
          const line = lines.get(Math.round(rect.top)) ?? { all: 0, han: 0 };
          line.all++;
          if (/\p{Script=Han}/u.test(text[i]!)) line.han++;
          lines.set(Math.round(rect.top), line);
        }
      }
      return {
        lang: paragraph.closest('[lang]')!.getAttribute('lang'),
        all: Math.max(...[...lines.values()].map((line) => line.all)),
        han: Math.max(...[...lines.values()].map((line) => line.han)),
      };
    }),
  );
}

/** The fonts Chromium actually drew a node's text with. */
async function fontsOf(page: Page, selector: string): Promise<string[]> {
  const client = await page.context().newCDPSession(page);
  await client.send('DOM.enable');
  await client.send('CSS.enable');
  const { root } = await client.send('DOM.getDocument');
  const { nodeId } = await client.send('DOM.querySelector', { nodeId: root.nodeId, selector });
  const { fonts } = await client.send('CSS.getPlatformFontsForNode', { nodeId });
  return fonts.map((font) => font.familyName);
}

describe('reading comfort', () => {
  test.each(views)('/%s has no horizontal scrolling at 320 px', async (path) => {
    const page = await open(path, { viewport: { width: 320, height: 640 }, javaScriptEnabled: false });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  });

  test.each([`en/${seedSlug}/`, `zh/${seedSlug}/`, `en/${seedSlug}/#side-by-side`])(
    'on /%s at 1280 px lines hold about 75 Latin characters or at most 40 Han characters',
    async (path) => {
      const page = await open(path, { viewport: { width: 1280, height: 800 } });
      const lines = await longestLines(page);
      expect(lines.length).toBeGreaterThanOrEqual(4);
      for (const line of lines) {
        if (line.lang === 'en') expect(line.all).toBeLessThanOrEqual(80);
        else expect(line.han).toBeLessThanOrEqual(40);
      }
    },
  );

  test('Chinese is set in a Simplified Chinese face after the Latin one, tall lines, no fake italics, spaced from Latin', async () => {
    const page = await open(`zh/${seedSlug}/`);
    expect(await fontsOf(page, '#background + p')).toEqual(['Liberation Sans', 'Noto Sans CJK SC']);
    const style = await page.locator('#background + p').evaluate((p) => {
      const s = getComputedStyle(p);
      return {
        lineHeight: parseFloat(s.lineHeight) / parseFloat(s.fontSize),
        fontSynthesis: s.fontSynthesis,
        autospace: s.getPropertyValue('text-autospace'),
      };
    });
    expect(style.lineHeight).toBeCloseTo(1.75, 2);
    expect(style.fontSynthesis).toBe('none');
    expect(style.autospace).toBe('normal');
    // The English title on the Chinese page is drawn in the Latin face alone, at the heading's own line height.
    expect(await fontsOf(page, 'h1')).toEqual(['Liberation Sans']);
  });

  test('the dark theme follows the system setting', async () => {
    const luminance = async (colorScheme: 'light' | 'dark') => {
      const page = await open(`en/${seedSlug}/`, { colorScheme });
      return page.evaluate(() => {
        const [r, g, b] = getComputedStyle(document.documentElement).backgroundColor.match(/\d+/g)!.map(Number);
        return (r! + g! + b!) / 3;
      });
    };
    expect(await luminance('light')).toBeGreaterThan(200);
    expect(await luminance('dark')).toBeLessThan(50);
  });

  test.each([`en/${seedSlug}/`, `zh/${seedSlug}/`])(
    'printed, /%s keeps the abstract, affiliations, citation and related list, and drops the navigation',
    async (path) => {
      const page = await open(path);
      await page.emulateMedia({ media: 'print' });
      for (const part of ['.abstract', '.affiliations', '.citation', '.related']) {
        expect(await page.locator(part).isVisible(), part).toBe(true);
      }
      for (const part of ['.site-header', '.skip-link', '.site-footer']) {
        expect(await page.locator(part).isVisible(), part).toBe(false);
      }
    },
  );
});

describe('keyboard use', () => {
  test('the first Tab shows the skip link, which moves the focus to the content', async () => {
    const page = await open(`zh/${seedSlug}/`, { viewport: { width: 375, height: 812 } });
    await page.keyboard.press('Tab');
    const skip = page.locator('.skip-link');
    expect(await skip.evaluate((link) => link === document.activeElement)).toBe(true);
    expect(await skip.innerText()).toBe('跳到正文');
    expect((await skip.boundingBox())!.y).toBeGreaterThanOrEqual(0);
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.closest('main') !== null)).toBe(true);
  });

  test('every control in the header is reached in order, each with a visible focus ring', async () => {
    const page = await open(`en/${seedSlug}/`);
    const reached: string[] = [];
    for (let i = 0; i < 7; i++) {
      await page.keyboard.press('Tab');
      reached.push(
        await page.evaluate(() => {
          const element = document.activeElement as HTMLElement;
          // A field is named by its label, as a screen reader names it.
          const name = element.innerText || ((element as HTMLInputElement).labels?.[0]?.textContent ?? '');
          const style = getComputedStyle(element);
          if (style.outlineStyle === 'none' || parseFloat(style.outlineWidth) < 2) return `${name} (no focus ring)`;
          return name;
        }),
      );
    }
    expect(reached).toEqual([
      'Skip to content',
      'Abstract Reader',
      'Search the abstracts',
      'Search',
      'Side by side',
      'English',
      '简体中文',
    ]);
  });
});
