import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { siteUrl, useBrowser } from './support/page.ts';
import { clickInPlace, readAt, settled } from './support/reading.ts';
import { seedSlug } from './support/seed.ts';

const { open } = useBrowser();
const wide = { viewport: { width: 1280, height: 800 } };

/** How far into `selector` the reading line is, 0 at its top and 1 at its bottom. */
function readingFraction(page: Page, selector: string): Promise<number> {
  return page.locator(selector).evaluate((element) => {
    const box = element.getBoundingClientRect();
    return (window.innerHeight / 3 - box.top) / box.height;
  });
}

/** Each language's other language, and the text of the switch's link to it. */
const switchTo = { en: { to: 'zh', link: '简体中文' }, zh: { to: 'en', link: 'English' } } as const;

/**
 * Opens the seed paper in `from`, reads `section` at `fraction` of the way into it, follows the
 * switch to the other language and waits on that page at the same section, put back in place.
 */
async function switchWhileReading(from: keyof typeof switchTo, section: string, fraction: number) {
  const { to, link } = switchTo[from];
  const page = await open(`${from}/${seedSlug}/`, wide);
  await readAt(page, `.abstract-body [data-section="${section}"]`, fraction);
  await clickInPlace(page, link);
  await page.waitForURL(siteUrl(`${to}/${seedSlug}/#${section}`));
  await settled(page);
  return page;
}

describe('the language switch', () => {
  test('from Chinese to English it keeps the paper and the section', async () => {
    const page = await switchWhileReading('zh', 'methods', 0.1);
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    expect(await readingFraction(page, '.abstract-body [data-section="methods"]')).toBeCloseTo(0.1, 1);
  });

  test('at the end of the page it lands on the same related citation, marked, at the same height on screen', async () => {
    const page = await open(`en/${seedSlug}/`, wide);
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    const last = page.locator('#related-kidney-dis-basel-2019-02');
    const before = (await last.boundingBox())!.y;
    await clickInPlace(page, '简体中文');
    await page.waitForURL(siteUrl(`zh/${seedSlug}/#related-kidney-dis-basel-2019-02`));
    await settled(page);
    expect(await last.innerText()).toBe('Kidney Dis (Basel) 2019年2月');
    expect(await page.locator('.related-list li:target').getAttribute('id')).toBe('related-kidney-dis-basel-2019-02');
    expect(Math.abs((await last.boundingBox())!.y - before)).toBeLessThan(2);
  });

  test('at the top of the page it leads to the top of the other page', async () => {
    const page = await open(`zh/${seedSlug}/`, wide);
    await clickInPlace(page, 'English');
    await page.waitForURL(siteUrl(`en/${seedSlug}/`));
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
  });

  test('works from the keyboard', async () => {
    const page = await open(`en/${seedSlug}/`, wide);
    await readAt(page, '.abstract-body [data-section="conclusion"]', 0.2);
    await page.getByRole('link', { name: '简体中文' }).focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(siteUrl(`zh/${seedSlug}/#conclusion`));
  });

  test('without JavaScript it is a plain link to the same paper in the other language', async () => {
    const page = await open(`en/${seedSlug}/`, { ...wide, javaScriptEnabled: false });
    const link = page.locator('.language-switch a[hreflang="zh-Hans"]');
    expect(await link.getAttribute('lang')).toBe('zh-Hans');
    expect(await link.getAttribute('href')).toBe(`/zh/${seedSlug}/`);
    await readAt(page, '.abstract-body [data-section="results"]', 0.5);
    await link.click();
    await page.waitForURL(siteUrl(`zh/${seedSlug}/`));
    expect(await page.getAttribute('html', 'lang')).toBe('zh-Hans');
  });

  test('the side-by-side view and the single-language view lead to each other at the same section', async () => {
    const page = await open(`zh/${seedSlug}/`, wide);
    await readAt(page, '.abstract-body [data-section="results"]', 0.3);
    await clickInPlace(page, '中英对照');
    await page.waitForURL(siteUrl(`zh/${seedSlug}/#side-by-side-results`));
    await settled(page);
    expect(await readingFraction(page, '#side-by-side-results')).toBeCloseTo(0.3, 1);
    await readAt(page, '#side-by-side-background', 0.3);
    await clickInPlace(page, 'English');
    await page.waitForURL(siteUrl(`en/${seedSlug}/#side-by-side-background`));
    await settled(page);
    expect(await page.locator('.parallel').isVisible()).toBe(true);
    await clickInPlace(page, 'English only');
    await page.waitForURL(siteUrl(`en/${seedSlug}/#background`));
    expect(await page.locator('.parallel').isVisible()).toBe(false);
  });

  test('skipping to the content keeps the side-by-side view', async () => {
    const page = await open(`en/${seedSlug}/#side-by-side`, wide);
    await page.locator('.skip-link').focus();
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
    expect(await page.locator('.parallel').isVisible()).toBe(true);
  });
});

describe('language attributes', () => {
  test('every page names its other-language versions, and as x-default its English version or the language-less root', async () => {
    const alternates = async (path: string) => {
      const page = await open(path, { javaScriptEnabled: false });
      return page
        .locator('link[rel="alternate"][hreflang]')
        .evaluateAll((links) =>
          links.map((link) => [link.getAttribute('hreflang'), new URL(link.getAttribute('href')!).pathname]),
        );
    };
    expect(await alternates(`zh/${seedSlug}/`)).toEqual([
      ['en', `/en/${seedSlug}/`],
      ['zh-Hans', `/zh/${seedSlug}/`],
      ['x-default', `/en/${seedSlug}/`],
    ]);
    expect(await alternates('zh/')).toEqual([
      ['en', '/en/'],
      ['zh-Hans', '/zh/'],
      ['x-default', '/'],
    ]);
    // A paper's old address without a language stands for its English page.
    expect(await alternates(`${seedSlug}/`)).toEqual([
      ['en', `/en/${seedSlug}/`],
      ['zh-Hans', `/zh/${seedSlug}/`],
      ['x-default', `/en/${seedSlug}/`],
    ]);
  });

  test('on the Chinese page the English title, names, journals and affiliations are marked lang="en"', async () => {
    const page = await open(`zh/${seedSlug}/`, { javaScriptEnabled: false });
    expect(await page.getAttribute('html', 'lang')).toBe('zh-Hans');
    expect(await page.locator('h1').getAttribute('lang')).toBe('en');
    expect(await page.locator('.authors .author-name[lang="en"]').allInnerTexts()).toEqual([
      'Marie-Catherine Laï',
      'Matthieu Brian',
      'Marie-France Mamzer',
    ]);
    expect(await page.locator('.paper-meta [lang="en"]').innerText()).toBe('J Transl Med');
    expect(await page.locator('.citation dd[lang="en"]').first().innerText()).toBe('J Transl Med');
    expect(await page.locator('.affiliations ol').getAttribute('lang')).toBe('en');
    const journals = page.locator('.related-list cite');
    expect(await journals.evaluateAll((cites) => cites.every((cite) => cite.getAttribute('lang') === 'en'))).toBe(true);
    expect(await journals.count()).toBe(11);
    // The abstract and the interface are Chinese, inheriting the page's language.
    expect(await page.locator('.abstract-body').getAttribute('lang')).toBe('zh-Hans');
    expect(
      await page.locator('.related-count').evaluate((element) => element.closest('[lang]')?.getAttribute('lang')),
    ).toBe('zh-Hans');
  });

  test('on the English page only the Chinese link of the switch carries another language, and the Chinese column of the side-by-side view', async () => {
    const page = await open(`en/${seedSlug}/`, { javaScriptEnabled: false });
    expect(await page.locator('.parallel-cell[lang="zh-Hans"]').count()).toBe(4);
    const marked = await page
      .locator('body [lang]:not(.parallel [lang])')
      .evaluateAll((elements) =>
        elements.filter((element) => element.getAttribute('lang') !== 'en').map((element) => element.outerHTML),
      );
    expect(marked).toEqual([expect.stringContaining('hreflang="zh-Hans" lang="zh-Hans"')]);
  });

  test('in the side-by-side view each column carries its language', async () => {
    const page = await open(`zh/${seedSlug}/#side-by-side`, { javaScriptEnabled: false });
    expect(
      await page
        .locator('#side-by-side-background .parallel-cell')
        .evaluateAll((cells) => cells.map((cell) => cell.closest('[lang]')!.getAttribute('lang'))),
    ).toEqual(['zh-Hans', 'en']);
  });
});
