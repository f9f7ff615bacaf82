import { readdirSync, readFileSync } from 'node:fs';
import { displayName } from '../../src/citations/nlm-name.ts';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, test } from 'vitest';
import { langs } from '../../src/i18n/locales.ts';
import { abstractHtml } from '../../src/lib/abstract-parts.ts';
import { atomFeed } from '../../src/metadata/atom-feed.ts';
import { parsePaperFile } from '../../src/papers/paper-file.ts';
import { loadPaper, specialCharactersFile } from '../support/papers.ts';
import { siteUrl, useBrowser } from './support/page.ts';

const { open } = useBrowser();
const site = 'https://abstract-reader.example.org/';
const papers = readdirSync('content/abstracts')
  .filter((name) => name.endsWith('.md'))
  .map((name) => ({
    slug: name.slice(0, -'.md'.length),
    facts: parsePaperFile(readFileSync(`content/abstracts/${name}`, 'utf8'), name, langs).facts,
  }));

/** A file of the built site, by the absolute URL the build wrote for it. */
async function fetchBuilt(url: string): Promise<string> {
  const response = await fetch(siteUrl(new URL(url).pathname.slice(1)));
  if (!response.ok) throw new Error(`GET ${url} answered ${response.status}`);
  return response.text();
}

interface XmlElement {
  name: string;
  namespace: string | null;
  attributes: Record<string, string>;
  text: string;
  children: XmlElement[];
}

let page: Page;
beforeAll(async () => {
  page = await open('');
});

/** `xml` parsed by Chromium's XML parser: fails on any well-formedness error. */
async function parseXml(xml: string): Promise<XmlElement> {
  return page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'application/xml');
    const error = doc.getElementsByTagName('parsererror')[0];
    if (error) throw new Error(`not well-formed XML: ${error.textContent}`);
    const walk = (element: Element): XmlElement => ({
      name: element.localName,
      namespace: element.namespaceURI,
      attributes: Object.fromEntries([...element.attributes].map((attribute) => [attribute.name, attribute.value])),
      text: element.children.length === 0 ? (element.textContent ?? '') : '',
      children: [...element.children].map(walk),
    });
    return walk(doc.documentElement);
  }, xml);
}

const child = (element: XmlElement, name: string) => element.children.find((c) => c.name === name);
const childrenNamed = (element: XmlElement, name: string) => element.children.filter((c) => c.name === name);

test('the XML check refuses a document that is not well-formed', async () => {
  await expect(parseXml('<feed><entry></feed>')).rejects.toThrow(/not well-formed XML/);
  await expect(parseXml('<title>a & b</title>')).rejects.toThrow(/not well-formed XML/);
});

test('robots.txt lets crawlers in and names the sitemap', async () => {
  const robots = await fetchBuilt(`${site}robots.txt`);
  expect(robots).toMatch(/^User-agent: \*$/m);
  expect(robots).toMatch(/^Allow: \/$/m);
  expect(robots).toMatch(new RegExp(`^Sitemap: ${site}sitemap-index.xml$`, 'm'));
});

test('the sitemap is well-formed and lists every paper in both languages, with hreflang alternates', async () => {
  const index = await parseXml(await fetchBuilt(`${site}sitemap-index.xml`));
  expect(index).toMatchObject({ name: 'sitemapindex', namespace: 'http://www.sitemaps.org/schemas/sitemap/0.9' });
  const urls: XmlElement[] = [];
  for (const sitemap of childrenNamed(index, 'sitemap')) {
    urls.push(...childrenNamed(await parseXml(await fetchBuilt(child(sitemap, 'loc')!.text)), 'url'));
  }
  const entries = new Map(
    urls.map((url) => [
      child(url, 'loc')!.text,
      childrenNamed(url, 'link').map((link) => [link.attributes['hreflang'], link.attributes['href']]),
    ]),
  );
  for (const { slug } of papers) {
    const alternates = [
      ['en', `${site}en/${slug}/`],
      ['zh-Hans', `${site}zh/${slug}/`],
      ['x-default', `${site}en/${slug}/`],
    ];
    expect(entries.get(`${site}en/${slug}/`)).toEqual(alternates);
    expect(entries.get(`${site}zh/${slug}/`)).toEqual(alternates);
  }
  expect(entries.get(site)).toEqual([
    ['en', `${site}en/`],
    ['zh-Hans', `${site}zh/`],
    ['x-default', site],
  ]);
  expect([...entries.keys()].every((loc) => loc.endsWith('/'))).toBe(true);
});

describe.each([
  ['en', 'en'],
  ['zh', 'zh-Hans'],
])('the /%s/ Atom feed', (path, lang) => {
  test('is well-formed, in its language, and has every paper, newest first', async () => {
    const feed = await parseXml(await fetchBuilt(`${site}${path}/feed.xml`));
    expect(feed).toMatchObject({ name: 'feed', namespace: 'http://www.w3.org/2005/Atom' });
    expect(feed.attributes['xml:lang']).toBe(lang);
    const entries = childrenNamed(feed, 'entry');
    expect(entries.map((entry) => child(entry, 'id')!.text).sort()).toEqual(
      papers.map(({ slug }) => `${site}${path}/${slug}/`).sort(),
    );
    const dates = entries.map((entry) => child(entry, 'updated')!.text);
    expect(dates).toEqual([...dates].sort().reverse());
    expect(child(feed, 'updated')!.text).toBe(dates[0]);
    for (const entry of entries) {
      const paper = papers.find(({ slug }) => child(entry, 'id')!.text.endsWith(`/${slug}/`))!;
      if (paper.facts.title) expect(child(entry, 'title')!.text).toBe(paper.facts.title);
      expect(child(entry, 'summary')!.text).toContain(paper.facts.journal);
    }
  });

  test('is linked from the head of its pages', async () => {
    const home = await open(`${path}/`);
    expect(await home.getAttribute('link[rel="alternate"][type="application/atom+xml"]', 'href')).toBe(
      `/${path}/feed.xml`,
    );
  });
});

test('a feed entry keeps the markup characters of a title as text, as a feed reader shows it', async () => {
  const { slug, data } = await loadPaper(specialCharactersFile);
  const xml = atomFeed({
    lang: 'en',
    title: 'Test & feed',
    url: `${site}en/feed.xml`,
    homeUrl: `${site}en/`,
    entries: [
      {
        title: data.title!,
        url: `${site}en/${slug}/`,
        date: data.date,
        authors: data.authors!.map(displayName),
        summary: data.journal,
        contentHtml: abstractHtml(data.abstracts['en']!),
      },
    ],
  });
  const entry = child(await parseXml(xml), 'entry')!;
  const shown = (html: string) =>
    page.evaluate((text) => new DOMParser().parseFromString(text, 'text/html').body.textContent, html);
  expect(await shown(child(entry, 'title')!.text)).toBe(data.title);
  expect(await shown(child(entry, 'summary')!.text)).toBe(data.journal);
  expect(childrenNamed(entry, 'author').map((author) => child(author, 'name')!.text)).toEqual(
    data.authors!.map(displayName),
  );
});
