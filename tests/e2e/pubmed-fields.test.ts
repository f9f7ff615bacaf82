import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { authorCslName, displayName } from '../../src/citations/nlm-name.ts';
import { langs } from '../../src/i18n/locales.ts';
import { parsePaperFile } from '../../src/papers/paper-file.ts';
import type { Paper } from '../../src/papers/schema.ts';
import { builtSite } from './support/built-sites.ts';
import { resultLinks, searchOutcome } from './support/search.ts';
import { servedUrl, useChromium } from './support/served.ts';

const { withPage } = useChromium();
const site = builtSite('dist-fixtures');
const folder = 'tests/fixtures/site/abstracts';

/** Every paper of the fixture site, with its facts as its file gives them. */
const papers: [string, Paper][] = readdirSync(folder)
  .filter((name) => name.endsWith('.md'))
  .sort()
  .map((name) => [
    name.slice(0, -'.md'.length),
    parsePaperFile(readFileSync(join(folder, name), 'utf8'), name, langs).facts,
  ]);
/** The papers imported from PubMed's exports, which carry every field. */
const imported = papers.filter(([, paper]) => paper.pmid !== undefined);
const complete = papers.filter(([, paper]) => paper.title && paper.authors?.length);
const incomplete = papers.filter(([, paper]) => !paper.title || !paper.authors?.length);

const pages = (list: [string, Paper][]) =>
  list.flatMap(([slug, paper]) => (['en', 'zh'] as const).map((path) => [`${path}/${slug}/`, path, paper] as const));

async function read<T>(page: string, use: (tab: Page) => Promise<T>): Promise<T> {
  return withPage({}, async (tab) => {
    await tab.goto(servedUrl(site, page));
    return use(tab);
  });
}

/** How a name appears in each reference: its family name (or a group's name), as given. */
const familyOf = (author: NonNullable<Paper['authors']>[number]) => {
  const name = authorCslName(author);
  return 'literal' in name ? name.literal : name.family;
};

test('the fixture site has papers from every kind of export, and papers without title or authors', () => {
  expect(imported.map(([slug]) => slug)).toEqual([
    'bmj-open-2022-12-e051234',
    'j-glob-health-2023-13-04120',
    'j-radiol-2021-102-245',
    'lancet-2020-395-497',
    'lancet-2021-398-1317',
    'nat-med-2023-29-124',
  ]);
  expect(Math.max(...imported.map(([, paper]) => paper.authors?.length ?? 0))).toBeGreaterThan(30);
  expect(incomplete.length).toBeGreaterThan(0);
});

describe('a paper imported from PubMed, as a reader sees it in each language', () => {
  test.each(pages(imported))('%s', async (page, path, paper) => {
    const shown = await read(page, async (tab) => ({
      title: await tab.locator('h1').innerText(),
      titleLang: await tab.locator('h1').getAttribute('lang'),
      vernacular: await tab.locator('.vernacular-title span[lang]').allInnerTexts(),
      vernacularLang: await tab
        .locator('.vernacular-title span[lang]')
        .evaluateAll((spans) => spans.map((span) => span.getAttribute('lang') ?? '')),
      authors: await tab.locator('.authors .author-name').allInnerTexts(),
      authorLangs: await tab
        .locator('.authors .author-name')
        .evaluateAll((spans) => spans.map((span) => span.getAttribute('lang') ?? '')),
      numbers: await tab
        .locator('.authors .author')
        .evaluateAll((authors) =>
          authors.map((author) => [...author.querySelectorAll('sup a')].map((link) => link.getAttribute('href'))),
        ),
      orcids: await tab
        .locator('.authors a.orcid')
        .evaluateAll((links) => links.map((link) => link.getAttribute('href'))),
      affiliations: await tab
        .locator('.affiliations li')
        .evaluateAll((items) => items.map((item) => [item.id, item.textContent])),
      links: await tab
        .locator('.citation dd a')
        .evaluateAll((links) => links.map((link) => [link.textContent, link.getAttribute('href')])),
      keywords: await tab
        .locator('.citation .keywords a')
        .evaluateAll((links) => links.map((link) => [link.textContent, link.getAttribute('href')])),
      terms: await tab.locator('.citation .terms li').allInnerTexts(),
      notices: await tab
        .locator('.notice a')
        .evaluateAll((links) => links.map((link) => [link.textContent, link.getAttribute('href')])),
    }));
    const factsLang = path === 'zh' ? 'en' : null;
    expect(shown.title).toBe(paper.title);
    expect(shown.titleLang).toBe(factsLang);
    expect(shown.vernacular).toEqual(paper.vernacularTitle ? [paper.vernacularTitle.text] : []);
    expect(shown.vernacularLang).toEqual(paper.vernacularTitle?.lang ? [paper.vernacularTitle.lang] : []);
    const authors = paper.authors ?? [];
    expect(shown.authors).toEqual(authors.map(displayName));
    expect(shown.authorLangs).toEqual(authors.map(() => factsLang ?? ''));
    expect(shown.numbers).toEqual(authors.map((author) => (author.affiliations ?? []).map((n) => `#affiliation-${n}`)));
    expect(shown.orcids).toEqual(
      authors.flatMap((author) => (author.orcid ? [`https://orcid.org/${author.orcid}`] : [])),
    );
    expect(shown.affiliations).toEqual(paper.affiliations.map((text, index) => [`affiliation-${index + 1}`, text]));
    expect(shown.links).toEqual(
      expect.arrayContaining([
        ...(paper.doi ? [[paper.doi, `https://doi.org/${paper.doi}`]] : []),
        [paper.pmid, `https://pubmed.ncbi.nlm.nih.gov/${paper.pmid}/`],
        ...(paper.pmcid ? [[paper.pmcid, `https://pmc.ncbi.nlm.nih.gov/articles/${paper.pmcid}/`]] : []),
      ]),
    );
    expect(shown.keywords).toEqual(
      paper.keywords.map((keyword) => [
        keyword,
        `/fixture-site/${path}/search/?${new URLSearchParams({ q: keyword })}`,
      ]),
    );
    expect(shown.terms).toEqual([...paper.mesh, ...paper.publicationTypes]);
    expect(shown.notices).toEqual(
      paper.notices.map((notice) => [
        notice.citation,
        notice.pmid && `https://pubmed.ncbi.nlm.nih.gov/${notice.pmid}/`,
      ]),
    );
  });
});

describe('every reference a paper with title and authors is cited by carries them', () => {
  test.each(pages(complete))('%s: the Cite panel, in each style', async (page, _path, paper) => {
    const references = await read(page, (tab) => tab.locator('.cite-text').allInnerTexts());
    expect(references).toHaveLength(3);
    // Styles change case (GB/T 7714's capitals) and quotes (“ ” ’) as they print.
    const plain = (text: string) => text.replace(/[“”]/g, '"').replace(/[‘’]/g, "'").toLowerCase();
    for (const reference of references) {
      expect(plain(reference)).toContain(plain(paper.title ?? ''));
      // Long lists are cut by the styles ("et al."): the first three authors are always there.
      for (const author of (paper.authors ?? []).slice(0, 3))
        expect(plain(reference)).toContain(plain(familyOf(author)));
    }
  });

  test.each(complete)('%s: the head, BibTeX, RIS and CSL-JSON', async (slug, paper) => {
    const authors = paper.authors ?? [];
    const head = await read(`en/${slug}/`, (tab) =>
      tab.evaluate(() => ({
        meta: [...document.querySelectorAll('head meta[name^="citation_"]')].map((meta) => [
          meta.getAttribute('name'),
          meta.getAttribute('content'),
        ]),
        jsonLd: JSON.parse(document.querySelector('script[type="application/ld+json"]')?.textContent ?? '{}') as {
          name?: string;
          author?: { name: string }[];
        },
      })),
    );
    const tags = (name: string) => head.meta.filter(([key]) => key === name).map(([, value]) => value);
    expect(tags('citation_title')).toEqual([paper.title]);
    expect(tags('citation_author')).toHaveLength(authors.length);
    tags('citation_author').forEach((tag, index) => expect(tag).toContain(familyOf(authors[index]!)));
    expect(tags('citation_pmid')).toEqual(paper.pmid ? [paper.pmid] : []);
    expect(head.jsonLd.name).toBe(paper.title);
    expect(head.jsonLd.author?.map((author) => author.name)).toEqual(authors.map(displayName));

    const file = (extension: string) => readFileSync(join(site.dir, 'cite', `${slug}.${extension}`), 'utf8');
    const csl = JSON.parse(file('json')) as { title: string; author: ({ family: string } | { literal: string })[] }[];
    expect(csl[0]?.title).toBe(paper.title);
    expect(csl[0]?.author.map((name) => ('literal' in name ? name.literal : name.family))).toEqual(
      authors.map(familyOf),
    );
    const ris = file('ris');
    expect(ris).toContain(`TI  - ${paper.title}`);
    expect(ris.split('\r\n').filter((line) => line.startsWith('AU  - '))).toHaveLength(authors.length);
    expect(ris.split('\r\n').filter((line) => line.startsWith('KW  - '))).toEqual(
      paper.keywords.map((keyword) => `KW  - ${keyword}`),
    );
    const bib = file('bib');
    expect(bib).toMatch(/title = \{/);
    for (const author of authors) expect(bib).toContain(familyOf(author).replace(/[&]/g, '\\&'));
  });
});

describe('a paper without title or authors', () => {
  test.each(pages(incomplete))(
    '%s: the Cite panel says what is missing and how to add it, with no reference',
    async (page, path, paper) => {
      const panel = await read(page, async (tab) => ({
        missing: await tab.locator('.cite-missing').innerText(),
        references: await tab.locator('.cite-text').count(),
      }));
      expect(panel.references).toBe(0);
      const slug = page.split('/')[1];
      expect(panel.missing).toContain(`${slug}.md`);
      expect(panel.missing).toContain('npm run import');
      if (!paper.title) expect(panel.missing).toContain(path === 'en' ? 'title' : '标题');
      if (!paper.authors?.length) expect(panel.missing).toContain(path === 'en' ? 'authors' : '作者');
    },
  );
});

test('a keyword leads to a search for it, which finds its paper', async () => {
  const [slug, paper] = imported.find(([, found]) => found.keywords.includes('night shift'))!;
  await read(`en/${slug}/`, async (tab) => {
    await tab.getByRole('link', { name: 'night shift', exact: true }).click();
    await tab.waitForURL(/\/search\/\?q=night\+shift$/);
    await searchOutcome(tab, 'night shift');
    expect(await resultLinks(tab)).toContain(servedUrl(site, `en/${slug}/`));
    expect(paper.keywords).toContain('night shift');
  });
});
