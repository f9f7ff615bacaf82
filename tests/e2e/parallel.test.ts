import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { serveFixtureSite } from './support/fixture-site.ts';
import { siteUrl, useBrowser } from './support/page.ts';
import type { StaticServer } from './support/server.ts';
import { chineseSentences, englishSentences, seedSlug } from './support/seed.ts';

const { open } = useBrowser();
const sections = ['background', 'methods', 'results', 'conclusion'];
/** The seed's section headings in the side-by-side view, each English one followed by its Chinese one. */
const headings = ['Background', '背景', 'Methods', '方法', 'Results', '结果', 'Conclusion', '结论'];
const wide = { viewport: { width: 1280, height: 800 } };

/** The boxes of the language cells of the row `id`, in page order. */
function cells(page: Page, id: string) {
  return page.locator(`#side-by-side-${id} > .parallel-cell`).evaluateAll((elements) =>
    elements.map((element) => ({
      lang: element.closest('[lang]')!.getAttribute('lang'),
      ...element.getBoundingClientRect().toJSON(),
    })),
  ) as Promise<{ lang: string; x: number; y: number; width: number; height: number; top: number; bottom: number }[]>;
}

/** The computed background colour of the element `selector`: how a highlighted section shows. */
function backgroundColor(page: Page, selector: string): Promise<string> {
  return page.locator(selector).evaluate((element) => getComputedStyle(element).backgroundColor);
}

/** Presses Tab until a section of the side-by-side view has the focus (at most 20 times). */
async function tabToFirstSection(page: Page) {
  for (let presses = 0; presses < 20; presses++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate(() => document.activeElement?.matches('.parallel-cell'))) return;
  }
}

describe('the side-by-side view', () => {
  test('shows every sentence of both languages', async () => {
    const page = await open(`en/${seedSlug}/#side-by-side`);
    const text = await page.locator('.parallel').innerText();
    for (const sentence of [...englishSentences, ...chineseSentences]) expect(text).toContain(sentence);
    expect(await page.locator('.parallel h2').allInnerTexts()).toEqual(headings);
  });

  test('on a wide screen puts each section beside its counterpart, headings level, page language on the left', async () => {
    const page = await open(`zh/${seedSlug}/#side-by-side`, wide);
    for (const id of sections) {
      const [left, right] = await cells(page, id);
      expect([left!.lang, right!.lang]).toEqual(['zh-Hans', 'en']);
      expect(right!.x).toBeGreaterThanOrEqual(left!.x + left!.width);
      expect(Math.abs(right!.y - left!.y)).toBeLessThan(1);
      const headings = await page
        .locator(`#side-by-side-${id} h2`)
        .evaluateAll((hs) => hs.map((h) => h.getBoundingClientRect().top));
      expect(Math.abs(headings[0]! - headings[1]!)).toBeLessThan(1);
    }
  });

  test('on a phone shows the two languages of each section one under the other, sections in order', async () => {
    const page = await open(`en/${seedSlug}/#side-by-side`, { viewport: { width: 375, height: 812 } });
    let previousBottom = 0;
    for (const id of sections) {
      const [first, second] = await cells(page, id);
      expect([first!.lang, second!.lang]).toEqual(['en', 'zh-Hans']);
      expect(first!.y).toBeGreaterThanOrEqual(previousBottom);
      expect(second!.y).toBeGreaterThanOrEqual(first!.bottom);
      expect(second!.x).toBe(first!.x);
      previousBottom = second!.bottom;
    }
    // Each column says which language it is, as the column headings do on wide screens.
    expect(await page.locator('#side-by-side-background .parallel-cell-lang').allInnerTexts()).toEqual([
      'English',
      '简体中文',
    ]);
  });

  test('has unique ids, and every section is labelled by its own language heading', async () => {
    const page = await open(`en/${seedSlug}/#side-by-side`);
    const ids = await page.locator('[id]').evaluateAll((elements) => elements.map((element) => element.id));
    expect(ids.length).toBe(new Set(ids).size);
    const labels = await page
      .locator('.parallel [aria-labelledby]')
      .evaluateAll((elements) =>
        elements.map((element) => document.getElementById(element.getAttribute('aria-labelledby')!)?.textContent),
      );
    expect(labels).toEqual(headings);
  });

  test('hovering a section highlights its counterpart, and only that section', async () => {
    const page = await open(`en/${seedSlug}/#side-by-side`, wide);
    const plain = await backgroundColor(page, '#side-by-side-methods > .parallel-cell >> nth=0');
    await page.locator('#side-by-side-results > .parallel-cell[lang="zh-Hans"]').hover();
    const lit = await backgroundColor(page, '#side-by-side-results > .parallel-cell >> nth=0');
    expect(lit).not.toBe(plain);
    expect(await backgroundColor(page, '#side-by-side-methods > .parallel-cell >> nth=0')).toBe(plain);
  });

  test('focusing a section from the keyboard highlights its counterpart', async () => {
    const page = await open(`zh/${seedSlug}/#side-by-side`, wide);
    const plain = await backgroundColor(page, '#side-by-side-background > .parallel-cell >> nth=1');
    await tabToFirstSection(page);
    // The first section in the page's language (Chinese) has the focus; its English counterpart lights up.
    expect(await page.evaluate(() => document.activeElement?.closest('.parallel-row')?.id)).toBe(
      'side-by-side-background',
    );
    expect(await backgroundColor(page, '#side-by-side-background > .parallel-cell[lang="en"]')).not.toBe(plain);
  });
});

describe('the side-by-side view as a mode of the paper page', () => {
  test('is left out of the search index, and reached and left without JavaScript', async () => {
    const page = await open(`zh/${seedSlug}/`, { javaScriptEnabled: false });
    expect(await page.locator('.parallel').isVisible()).toBe(false);
    await page.getByRole('link', { name: '中英对照' }).click();
    expect(page.url()).toBe(siteUrl(`zh/${seedSlug}/#side-by-side`));
    expect(await page.locator('.parallel').isVisible()).toBe(true);
    expect(await page.locator('.abstract-body').isVisible()).toBe(false);
    expect(await page.locator('.parallel').getAttribute('data-pagefind-ignore')).toBe('all');
    // The paper's title and facts stay above the view.
    expect(await page.locator('h1').isVisible()).toBe(true);
    await page.getByRole('link', { name: '仅中文' }).click();
    expect(await page.locator('.parallel').isVisible()).toBe(false);
    expect(await page.locator('.abstract-body').isVisible()).toBe(true);
  });

  test.each(['en', 'zh'])(
    'its old address /%s/<slug>/parallel/ leads to it, naming the paper page as canonical',
    async (lang) => {
      const page = await open(`${lang}/${seedSlug}/parallel/`, { javaScriptEnabled: false });
      await page.waitForURL(siteUrl(`${lang}/${seedSlug}/#side-by-side`));
      expect(await page.locator('.parallel').isVisible()).toBe(true);
      const moved = await fetch(siteUrl(`${lang}/${seedSlug}/parallel/`)).then((response) => response.text());
      expect(moved).toContain(`<link rel="canonical" href="https://abstract-reader.example.org/${lang}/${seedSlug}/">`);
    },
  );
});

describe('records beyond the seed: uneven sections, a missing translation, a longer list', () => {
  let site: StaticServer;
  beforeAll(async () => {
    site = await serveFixtureSite('./tests/fixtures/content/reading/');
  }, 120_000);
  afterAll(() => site?.close());

  test('shows a section found in one language only, in its place, the other column saying it is missing', async () => {
    const page = await open(`${site.url}zh/uneven-sections-2021/#side-by-side`, wide);
    expect(await page.locator('.parallel-row').evaluateAll((rows) => rows.map((row) => row.id))).toEqual([
      'side-by-side-background',
      'side-by-side-methods',
      'side-by-side-conclusion',
      'side-by-side-funding',
    ]);
    expect(await page.locator('#side-by-side-conclusion > .parallel-cell').allInnerTexts()).toEqual([
      expect.stringContaining('本节暂无中文文本。'),
      expect.stringContaining('The English conclusion, which has no Chinese counterpart.'),
    ]);
    expect(await page.locator('#side-by-side-funding > .parallel-cell').allInnerTexts()).toEqual([
      expect.stringContaining('只有中文的资助部分。'),
      expect.stringContaining('本节暂无英文文本。'),
    ]);
    // The note is in the page's language even inside the English column.
    expect(await page.locator('#side-by-side-funding .parallel-missing').getAttribute('lang')).toBe('zh-Hans');
  });

  test('of a paper with no translation shows the original, saying the translation is missing', async () => {
    const page = await open(`${site.url}zh/english-only-2022/#side-by-side`);
    expect(await page.locator('.parallel .notice').innerText()).toBe('本摘要暂无中文版本。');
    const cell = page.locator('.parallel-cell');
    expect(await cell.count()).toBe(1);
    expect(await cell.getAttribute('lang')).toBe('en');
    expect(await cell.innerText()).toContain('An unstructured English abstract without a translation.');
  });

  test('switching the language of a home list keeps the paper being read in the list', async () => {
    const page = await open(`${site.url}en/`, { viewport: { width: 800, height: 260 } });
    const second = page.locator('.paper-list > li').nth(1);
    const id = await second.getAttribute('id');
    await second.evaluate((item) => window.scrollTo(0, item.getBoundingClientRect().top + window.scrollY - 100));
    const box = (await page.locator('.language-switch a[hreflang="zh-Hans"]').boundingBox())!;
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    await page.waitForURL(`${site.url}zh/#${id}`);
  });
});
