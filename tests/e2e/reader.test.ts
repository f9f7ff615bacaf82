import { describe, expect, test } from 'vitest';
import { useBrowser } from './support/page.ts';
import { affiliations, chineseSentences, englishSentences, related, seedSlug } from './support/seed.ts';

const { open } = useBrowser();

describe('the seed paper, as a reader sees it', () => {
  test('the English page shows every sentence of the English abstract under its section headings', async () => {
    const page = await open(`en/${seedSlug}/`);
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    const text = await page.locator('.abstract').innerText();
    for (const sentence of englishSentences) expect(text).toContain(sentence);
    expect(await page.locator('.abstract h2').allInnerTexts()).toEqual([
      'Background',
      'Methods',
      'Results',
      'Conclusion',
    ]);
    expect(await page.locator('.abstract h2').evaluateAll((hs) => hs.map((h) => h.id))).toEqual([
      'background',
      'methods',
      'results',
      'conclusion',
    ]);
  });

  test('the Chinese page shows every sentence of the Chinese abstract, with the same section ids', async () => {
    const page = await open(`zh/${seedSlug}/`);
    expect(await page.getAttribute('html', 'lang')).toBe('zh-Hans');
    const text = await page.locator('.abstract').innerText();
    for (const sentence of chineseSentences) expect(text).toContain(sentence);
    expect(await page.locator('.abstract h2').allInnerTexts()).toEqual(['背景', '方法', '结果', '结论']);
    expect(await page.locator('#background').innerText()).toBe('背景');
  });

  test('the title, authors with their affiliations, and the DOI link are shown', async () => {
    const page = await open(`en/${seedSlug}/`);
    expect(await page.locator('h1').innerText()).toBe(
      'Perceptions of artificial intelligence in healthcare: findings from a qualitative survey study among actors in France',
    );
    expect(await page.locator('.authors').innerText()).toContain(
      'Marie-Catherine Laï1, Matthieu Brian2, Marie-France Mamzer1',
    );
    expect(await page.locator('.affiliations ol > li').allInnerTexts()).toEqual(affiliations);
    const doi = page.locator('a.doi');
    expect(await doi.getAttribute('href')).toBe('https://doi.org/10.1186/s12967-019-02204-y');
    expect(await doi.innerText()).toBe('10.1186/s12967-019-02204-y');
  });

  test.each([
    ['en', '9 January 2020', 'March 2019', '11 related citations'],
    ['zh', '2020年1月9日', '2019年3月', '共 11 条相关文献'],
  ])(
    'on /%s/ the citation date, the related list and its count are in the page language',
    async (lang, date, nature, count) => {
      const page = await open(`${lang}/${seedSlug}/`);
      const citation = await page.locator('.citation').innerText();
      expect(citation).toContain(date);
      expect(citation).toContain('J Transl Med');
      expect(await page.locator('.related-count').innerText()).toBe(count);
      const entries = page.locator('.related-list > li');
      expect(await entries.count()).toBe(related.length);
      expect(await page.locator('#related-nature-2019-03').innerText()).toBe(`Nature ${nature}`);
      const journals = await page.locator('.related-list cite').allInnerTexts();
      expect([...journals].sort()).toEqual(related.map(([journal]) => journal).sort());
      // Newest first: Eur Arch Otorhinolaryngol (2025-08-07) leads, Kidney Dis (Basel) (2019-02) closes.
      expect(journals[0]).toBe('Eur Arch Otorhinolaryngol');
      expect(journals.at(-1)).toBe('Kidney Dis (Basel)');
    },
  );

  test('each home page lists the paper, and the root page offers both languages without JavaScript', async () => {
    const home = await open('zh/');
    expect(await home.locator('.paper-list a').first().getAttribute('href')).toMatch(new RegExp(`/zh/${seedSlug}/$`));
    const root = await open('', { javaScriptEnabled: false });
    const links = root.locator('a.language-choice-link');
    expect(await links.allInnerTexts()).toEqual(['English', '简体中文']);
    await links.nth(1).click();
    expect(await root.getAttribute('html', 'lang')).toBe('zh-Hans');
  });
});

describe("PubMed's identifiers on the seed's page", () => {
  test('beside the DOI, the PMID links to PubMed', async () => {
    const page = await open(`zh/${seedSlug}/`);
    expect(await page.getByRole('link', { name: '31918710', exact: true }).getAttribute('href')).toBe(
      'https://pubmed.ncbi.nlm.nih.gov/31918710/',
    );
  });
});
