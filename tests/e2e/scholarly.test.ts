import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { langs } from '../../src/i18n/locales.ts';
import { Cite } from '../../src/citations/citation-js.ts';
import { parsePaperFile } from '../../src/papers/paper-file.ts';
import { siteUrl, useBrowser } from './support/page.ts';
import { chineseSentences, citation, englishSentences, seedSlug } from './support/seed.ts';

const { open } = useBrowser();
const contentPath = `content/abstracts/${seedSlug}.md`;
const facts = parsePaperFile(readFileSync(contentPath, 'utf8'), contentPath, langs).facts;
const pad = (n: number) => String(n).padStart(2, '0');
/** The canonical URLs the build writes (the configured SITE, not the test server). */
const canonical = (path: string) => `https://abstract-reader.example.org/${path}/${seedSlug}/`;

describe("the head of the seed's pages", () => {
  test.each([
    ['en', 'en'],
    ['zh', 'zh-Hans'],
  ])('on /%s/ the Highwire, Open Graph and Twitter tags carry the seed', async (path, lang) => {
    const page = await open(`${path}/${seedSlug}/`);
    const tags = await page.evaluate(() =>
      [...document.querySelectorAll('head meta[name], head meta[property]')].map((meta) => [
        meta.getAttribute('name') ?? meta.getAttribute('property') ?? '',
        meta.getAttribute('content') ?? '',
      ]),
    );
    const all = (name: string) => tags.filter(([key]) => key === name).map(([, content]) => content);
    expect(all('citation_title')).toEqual([facts.title]);
    expect(all('citation_author')).toEqual(['Laï, Marie-Catherine', 'Brian, Matthieu', 'Mamzer, Marie-France']);
    expect(all('citation_pmid')).toEqual(['31918710']);
    expect(all('citation_publication_date')).toEqual([`${citation.year}/${pad(citation.month)}/${pad(citation.day)}`]);
    expect(all('citation_journal_title')).toEqual([citation.journal]);
    expect(all('citation_volume')).toEqual([citation.volume]);
    expect(all('citation_issue')).toEqual([citation.issue]);
    expect(all('citation_firstpage')).toEqual([citation.pages]);
    expect(all('citation_doi')).toEqual([citation.doi]);
    expect(all('citation_language')).toEqual([lang]);
    expect(all('citation_abstract_html_url')).toEqual([canonical(path)]);
    expect(await page.getAttribute('link[rel="canonical"]', 'href')).toBe(canonical(path));
    expect(all('DC.identifier')).toEqual([`https://doi.org/${citation.doi}`]);
    expect(all('og:title')).toEqual([facts.title]);
    expect(all('og:url')).toEqual([canonical(path)]);
    expect(all('og:description')[0]).toContain(citation.journal);
    expect(all('twitter:card')).toEqual(['summary']);
  });

  test('the English page has the ScholarlyArticle in JSON-LD, tied to its Chinese translation', async () => {
    const page = await open(`en/${seedSlug}/`);
    const data = JSON.parse((await page.textContent('script[type="application/ld+json"]'))!);
    expect(data).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'ScholarlyArticle',
      headline: facts.title,
      inLanguage: 'en',
      datePublished: `${citation.year}-${pad(citation.month)}-${pad(citation.day)}`,
      identifier: { propertyID: 'DOI', value: citation.doi },
      sameAs: [`https://doi.org/${citation.doi}`, `https://pubmed.ncbi.nlm.nih.gov/${facts.pmid}/`],
      isPartOf: {
        issueNumber: citation.issue,
        isPartOf: { volumeNumber: citation.volume, isPartOf: { '@type': 'Periodical', name: citation.journal } },
      },
      workTranslation: [{ '@id': canonical('zh'), inLanguage: 'zh-Hans' }],
    });
    for (const sentence of englishSentences) expect(data.abstract).toContain(sentence);
  });

  test('the Chinese page has the translation in JSON-LD, and the article it translates', async () => {
    const page = await open(`zh/${seedSlug}/`);
    const data = JSON.parse((await page.textContent('script[type="application/ld+json"]'))!);
    expect(data).toMatchObject({
      '@type': 'ScholarlyArticle',
      '@id': canonical('zh'),
      inLanguage: 'zh-Hans',
      translationOfWork: { '@id': canonical('en'), identifier: { value: citation.doi }, inLanguage: 'en' },
    });
    for (const sentence of chineseSentences) expect(data.abstract).toContain(sentence);
  });
});

describe('the Cite panel', () => {
  test.each([
    ['en', ['APA (7th edition)', 'Vancouver (NLM)', 'GB/T 7714-2015']],
    ['zh', ['GB/T 7714-2015', 'APA（第 7 版）', 'Vancouver（NLM）']],
  ])('on /%s/ it shows the reference in three styles', async (path, labels) => {
    const page = await open(`${path}/${seedSlug}/`);
    expect(await page.locator('.cite h3').allInnerTexts()).toEqual([...labels, expect.any(String)]);
    for (const text of await page.locator('.cite-text').allInnerTexts()) {
      expect(text).toContain(facts.title);
      expect(text).toContain(citation.doi);
    }
    expect(await page.locator('#cite-vancouver').innerText()).toBe(
      `Laï MC, Brian M, Mamzer MF. ${facts.title}. J Transl Med. 2020 Jan 9;18(1):14. doi:${citation.doi}`,
    );
  });

  test('each copy button, pressed from the keyboard, puts its reference on the clipboard', async () => {
    const page = await open(`en/${seedSlug}/`, { permissions: ['clipboard-read', 'clipboard-write'] });
    const buttons = page.locator('button.cite-copy');
    expect(await buttons.count()).toBe(3);
    for (const [index, key] of ['Enter', 'Space', 'Enter'].entries()) {
      const button = buttons.nth(index);
      const reference = page.locator(`#${await button.getAttribute('data-copy')}`);
      await button.focus();
      await page.keyboard.press(key);
      await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(await reference.innerText());
      const label = await page.locator('.cite h3').nth(index).innerText();
      expect(await page.locator('.cite-status').innerText()).toBe(`${label} reference copied.`);
    }
    // Each button's name says which reference it copies; what is seen of it is just "Copy".
    expect(await page.getByRole('button', { name: 'Copy APA (7th edition)', exact: true }).count()).toBe(1);
    expect(await page.locator('#cite-apa-label + p + button').getAttribute('data-copy')).toBe('cite-apa');
  });

  test('without JavaScript there are no copy buttons, and a reference can be selected', async () => {
    const page = await open(`en/${seedSlug}/`, { javaScriptEnabled: false });
    expect(await page.locator('button.cite-copy').first().isVisible()).toBe(false);
    const reference = page.locator('#cite-apa');
    await reference.click({ clickCount: 3 });
    const selected = await page.evaluate(() => getSelection()?.toString().trim());
    expect(selected).toBe(await reference.innerText());
  });

  test('the downloads are the BibTeX, RIS and CSL-JSON files, each holding the seed', async () => {
    const page = await open(`zh/${seedSlug}/`);
    const links = page.locator('.cite-downloads a[download]');
    const hrefs = await links.evaluateAll((anchors) => anchors.map((a) => a.getAttribute('href')!));
    expect(hrefs).toEqual(['bib', 'ris', 'json'].map((ext) => `/cite/${seedSlug}.${ext}`));
    const download = page.waitForEvent('download');
    await links.first().click();
    expect((await download).suggestedFilename()).toBe(`${seedSlug}.bib`);
    for (const href of hrefs) {
      const response = await fetch(siteUrl(href.slice(1)));
      expect(response.status).toBe(200);
      const [item] = new Cite(await response.text()).data;
      expect(item).toMatchObject({
        DOI: citation.doi,
        'container-title': citation.journal,
        volume: citation.volume,
        issue: citation.issue,
        page: citation.pages,
        title: facts.title,
      });
    }
  });

  test('every paper’s reference is also in one CSL-JSON file, its own .json the same item', async () => {
    const response = await fetch(siteUrl('cite/all/references.json'));
    expect(response.status).toBe(200);
    const items = JSON.parse(await response.text()) as Record<string, unknown>[];
    expect(items.map((item) => item['id'])).toEqual([seedSlug]);
    expect([items[0]]).toEqual(JSON.parse(await (await fetch(siteUrl(`cite/${seedSlug}.json`))).text()));
  });
});
