import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { serveFixtureSite } from './support/fixture-site.ts';
import { readingLine } from '../../src/reading/reading-place.ts';
import { siteUrl, useBrowser } from './support/page.ts';
import { clickInPlace, readAt, settled } from './support/reading.ts';
import type { StaticServer } from './support/server.ts';
import { axeViolations } from './support/axe.ts';
import { seedSlug } from './support/seed.ts';

const { open } = useBrowser();
const wide = { viewport: { width: 1280, height: 800 } };
const phone = { viewport: { width: 375, height: 812 }, hasTouch: true, isMobile: true };

/** The sentences of the side-by-side view that show a background, as `<lang>:<text>`. */
function litSentences(page: Page): Promise<string[]> {
  return page
    .locator('.parallel .sentence')
    .evaluateAll((sentences) =>
      sentences
        .filter((sentence) => getComputedStyle(sentence).backgroundColor !== 'rgba(0, 0, 0, 0)')
        .map((sentence) => `${sentence.closest('[lang]')!.getAttribute('lang')}:${sentence.textContent}`),
    );
}

/** Whether the whole of `selector` is inside the viewport, below the sticky header. */
function onScreen(page: Page, selector: string): Promise<boolean> {
  return page.locator(selector).evaluate((element) => {
    const box = element.getBoundingClientRect();
    const header = document.querySelector('.site-header')!.getBoundingClientRect().bottom;
    return box.top >= header - 1 && box.bottom <= window.innerHeight + 1;
  });
}

describe('sentences side by side', () => {
  test('hovering a sentence highlights it and its counterpart in the other column, and nothing else', async () => {
    const page = await open(`en/${seedSlug}/#side-by-side`, wide);
    expect(await litSentences(page)).toEqual([]);
    await page.locator('#results-s2-zh-Hans').hover();
    expect(await litSentences(page)).toEqual([
      'en:However, their views differed.',
      'zh-Hans:然而,他们的观点存在差异。',
    ]);
    await page.locator('#conclusion-s3-en').hover();
    expect(await litSentences(page)).toEqual([
      'en:It is thus time to also consider the opinion of patients and, together, address the remaining questions, such as that of responsibility.',
      'zh-Hans:因此,现在也应该考虑患者的意见,并共同解决剩下的问题,例如责任问题。',
    ]);
  });

  test('focusing a sentence from the keyboard highlights exactly its pair', async () => {
    const page = await open(`zh/${seedSlug}/#side-by-side`, wide);
    await page.locator('#side-by-side-background > .parallel-cell[lang="en"]').focus();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('background-s1-en');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('background-s2-en');
    expect(await litSentences(page)).toEqual([
      'zh-Hans:然而,公众的讨论并不总是与实际影响相关。',
      'en:However, the discourse carried out in public does not always correlate with the actual impact.',
    ]);
  });

  test('without JavaScript each pair carries one number in both columns, shown before its sentences', async () => {
    const page = await open(`en/${seedSlug}/#side-by-side`, { ...wide, javaScriptEnabled: false });
    const numbers = (lang: string) =>
      page
        .locator(`#side-by-side-results .parallel-cell${lang === 'en' ? ':not([lang])' : `[lang="${lang}"]`} .sentence`)
        .evaluateAll((sentences) => sentences.map((sentence) => getComputedStyle(sentence, '::before').content));
    const english = await numbers('en');
    expect(english).toHaveLength(8);
    expect(english[2]).toContain('"3"');
    expect(await numbers('zh-Hans')).toEqual(english);
  });

  test('on a phone a tap highlights the pair and brings the counterpart, a screen further down, into view', async () => {
    const page = await open(`en/${seedSlug}/#side-by-side-results`, phone);
    expect(await onScreen(page, '#results-s7-zh-Hans')).toBe(false);
    await page.locator('#results-s7-en').tap();
    expect(await litSentences(page)).toEqual([
      'en:From an external point of view, individuals without a conflict of interest have significant concerns about the sustainability of the balance between health, social justice, and freedom.',
      'zh-Hans:从外部角度来看,没有利益冲突的个人对健康、社会公正和自由之间的平衡可持续性表示严重关切。',
    ]);
    await expect.poll(() => onScreen(page, '#results-s7-zh-Hans')).toBe(true);
  });
});

describe('a sentence on a page in one language', () => {
  test('shows its counterpart in place when clicked, marked with its language, and hides it again', async () => {
    const page = await open(`en/${seedSlug}/`, wide);
    expect(await page.locator('.sentence-other').count()).toBe(0);
    await page.locator('.abstract-body #results-s2').click();
    const shown = page.locator('.abstract-body #results-s2 + .sentence-other');
    expect(await shown.innerText()).toBe('然而,他们的观点存在差异。');
    expect(await shown.getAttribute('lang')).toBe('zh-Hans');
    await page.locator('.abstract-body #results-s2').click();
    expect(await page.locator('.sentence-other').count()).toBe(0);
  });

  test('is reached with Tab once, moved through with the arrow keys, and shows its counterpart with Enter', async () => {
    const page = await open(`zh/${seedSlug}/`, wide);
    await page
      .locator('.abstract-body')
      .evaluate((body) => (body.previousElementSibling as HTMLElement | null)?.focus());
    for (let presses = 0; presses < 30; presses++) {
      if (await page.evaluate(() => document.activeElement?.classList.contains('sentence'))) break;
      await page.keyboard.press('Tab');
    }
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('background-s1');
    expect(
      await page.evaluate(
        () => document.getElementById(document.activeElement!.getAttribute('aria-describedby')!)?.textContent,
      ),
    ).toContain('英文');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    expect(await page.locator('#background-s2 + .sentence-other[lang="en"]').innerText()).toBe(
      'However, the discourse carried out in public does not always correlate with the actual impact.',
    );
    // The other sentences are out of the Tab order: the next Tab leaves the abstract.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.closest('.abstract-body'))).toBeNull();
  });
});

describe('the language switch', () => {
  test('from English to Chinese it keeps the paper, the section and the sentence being read', async () => {
    const page = await open(`en/${seedSlug}/`, wide);
    await readAt(page, '.abstract-body [data-section="results"]', 0.6);
    const sentence = await page
      .locator('.abstract-body [data-section="results"] .sentence')
      .evaluateAll(
        (sentences) =>
          sentences.findLast((element) => element.getBoundingClientRect().top <= window.innerHeight / 3)!.id,
      );
    expect(sentence).toMatch(/^results-s[2-8]$/);
    await clickInPlace(page, '简体中文');
    await page.waitForURL(siteUrl(`zh/${seedSlug}/#${sentence}`));
    await settled(page);
    expect(await page.getAttribute('html', 'lang')).toBe('zh-Hans');
    expect(await page.locator('#results').innerText()).toBe('结果');
    // The sentence is where it was read, a third down the screen.
    const box = (await page.locator(`#${sentence}`).boundingBox())!;
    expect(box.y).toBeLessThanOrEqual(800 / 3 + 1);
    expect(box.y + box.height).toBeGreaterThanOrEqual(800 / 3 - 1);
  });
});

test.each(['light', 'dark'] as const)(
  'axe finds nothing wrong with a lit pair or a shown counterpart, in the %s theme',
  async (colorScheme) => {
    const page = await open(`en/${seedSlug}/#side-by-side`, { ...wide, colorScheme });
    await page.locator('#results-s5-zh-Hans').hover();
    expect(await axeViolations(page)).toEqual([]);
    await page.goto(siteUrl(`zh/${seedSlug}/`));
    await page.locator('.abstract-body #results-s5').click();
    expect(await page.locator('.sentence-other').count()).toBe(1);
    expect(await axeViolations(page)).toEqual([]);
  },
);

describe('records whose sentences do not pair one to one', () => {
  let site: StaticServer;
  beforeAll(async () => {
    site = await serveFixtureSite('./tests/fixtures/pairing/');
  }, 120_000);
  afterAll(() => site?.close());

  /** The height in the viewport the site takes for the reader's eyes (`readingLine`), on `page` as it is scrolled. */
  function line(page: Page) {
    return page.evaluate(
      () => [window.innerHeight, document.documentElement.scrollHeight - window.innerHeight - window.scrollY] as const,
    );
  }

  /** Scrolls so that the reading line is in the middle of `selector`. */
  async function readMiddleOf(page: Page, selector: string) {
    // The line moves down as the page nears its end, so it is found again after each scroll.
    for (let tries = 0; tries < 3; tries++) {
      const at = readingLine(...(await line(page)));
      await page.locator(selector).evaluate((element, height) => {
        const box = element.getBoundingClientRect();
        window.scrollBy(0, box.top + box.height / 2 - height);
      }, at);
    }
  }

  test('switching language in the middle of a section lands on the paired sentence', async () => {
    const page = await open(`${site.url}en/rct-numbers/`, wide);
    // English sentences 4 and 5 of the results are one Chinese sentence.
    await readMiddleOf(page, '.abstract-body [data-section="results"] .sentence >> nth=4');
    await clickInPlace(page, '简体中文');
    await page.waitForURL(`${site.url}zh/rct-numbers/#results-s4`);
    await settled(page);
    expect(await page.locator(':target').innerText()).toBe('强化治疗组头晕更常见,两组晕厥均罕见。');
    // At the height it was read at, as far as the end of this short page lets it scroll.
    expect(await onScreen(page, '#results-s4')).toBe(true);
    expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
  });

  test('a sentence translated as two shows both, and two sentences translated as one light it up together', async () => {
    const page = await open(`${site.url}zh/merged-and-split/`, wide);
    await page.locator('.abstract-body [data-section="methods"] .sentence >> nth=1').click();
    expect(await page.locator('.sentence-other[lang="en"]').innerText()).toMatch(/^We reviewed 9,600 outpatient/);
    await page.goto(`${site.url}en/merged-and-split/#side-by-side`);
    await page.locator('#objective-s1-zh-Hans').hover();
    expect(await litSentences(page)).toEqual([
      'en:To describe antibiotic prescribing in primary care in rural China.',
      'en:We also examined its determinants.',
      'zh-Hans:描述中国农村基层医疗机构的抗生素处方情况并分析其影响因素。',
    ]);
  });
});
