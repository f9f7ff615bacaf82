import { describe, expect, test } from 'vitest';
import { useTranslations } from '../../src/i18n/ui.ts';
import type { Lang } from '../../src/i18n/locales.ts';
import { paperHead } from '../../src/metadata/paper-head.ts';
import type { PaperWithAbstracts as PaperData } from '../../src/lib/paper-entry.ts';
import { paperView } from '../../src/reading/paper-view.ts';
import { excerpt, highwireDate, type MetaTag } from '../../src/metadata/scholarly-meta.ts';
import { contentFiles, loadPaper } from '../support/papers.ts';

const seed = await loadPaper(contentFiles.find((url) => url.pathname.endsWith('/j-transl-med-2020-18-14.md'))!);
const site = new URL('https://example.org');

function head(data: PaperData, lang: Lang) {
  return paperHead(data, paperView(seed.slug, data, lang), lang, useTranslations(lang), site, '/sub/');
}

/** The tags as `name` → contents, in order. */
function byName(tags: readonly MetaTag[]): Record<string, string[]> {
  const map: Record<string, string[]> = {};
  for (const tag of tags) {
    const key = 'name' in tag ? tag.name : tag.property;
    (map[key] ??= []).push(tag.content);
  }
  return map;
}

describe('Highwire Press tags', () => {
  test('carry every fact of the seed, authors as "Family, Given" in full, pages split', () => {
    const tags = byName(head(seed.data, 'en').meta);
    expect(tags).toMatchObject({
      citation_title: [seed.data.title],
      citation_author: ['Laï, Marie-Catherine', 'Brian, Matthieu', 'Mamzer, Marie-France'],
      citation_publication_date: ['2020/01/09'],
      citation_journal_title: ['J Transl Med'],
      citation_volume: ['18'],
      citation_issue: ['1'],
      citation_firstpage: ['14'],
      citation_doi: ['10.1186/s12967-019-02204-y'],
      citation_pmid: ['31918710'],
      citation_keywords: [
        'Artificial intelligence',
        'Grounded theory',
        'Health professionals',
        'Patients',
        'Responsibility',
      ],
      citation_language: ['en'],
      citation_abstract_html_url: ['https://example.org/sub/en/j-transl-med-2020-18-14/'],
    });
    expect(tags['citation_lastpage']).toBeUndefined();
  });

  test('give the date at the precision known', () => {
    expect(highwireDate({ year: 2020, month: 1, day: 9 })).toBe('2020/01/09');
    expect(highwireDate({ year: 2019, month: 3 })).toBe('2019/03');
    expect(highwireDate({ year: 2019 })).toBe('2019');
  });

  test('a paper without authors or title still gets every other tag, and no empty one', () => {
    const facts = { ...seed.data, pages: '249-55' };
    delete facts.title;
    delete facts.authors;
    const { meta } = head(facts, 'zh-Hans');
    const tags = byName(meta);
    expect(tags['citation_author']).toBeUndefined();
    expect(tags['citation_title']).toBeUndefined();
    expect(tags['DC.creator']).toBeUndefined();
    expect(tags).toMatchObject({
      citation_publication_date: ['2020/01/09'],
      citation_journal_title: ['J Transl Med'],
      citation_firstpage: ['249'],
      citation_lastpage: ['255'],
      citation_doi: ['10.1186/s12967-019-02204-y'],
      citation_language: ['zh-Hans'],
      'og:title': ['J Transl Med 2020;18:249-55'],
    });
    for (const tag of meta) expect(tag.content).not.toBe('');
  });
});

test('Dublin Core, Open Graph and Twitter tags describe the page in its language', () => {
  const { meta, description } = head(seed.data, 'zh-Hans');
  const tags = byName(meta);
  expect(tags).toMatchObject({
    'DC.title': [seed.data.title],
    'DC.date': ['2020-01-09'],
    'DC.identifier': ['https://doi.org/10.1186/s12967-019-02204-y'],
    'DC.source': ['J Transl Med'],
    'og:type': ['article'],
    'og:title': [seed.data.title],
    'og:url': ['https://example.org/sub/zh/j-transl-med-2020-18-14/'],
    'og:site_name': ['摘要阅读'],
    'og:locale': ['zh_CN'],
    'og:locale:alternate': ['en_GB'],
    'twitter:card': ['summary'],
  });
  expect(description).toMatch(/^J Transl Med，2020年1月9日。背景: 人工智能/);
  expect(description.length).toBeLessThanOrEqual(160);
  expect(tags['og:description']).toEqual([description]);
});

test('an excerpt ends at a word, in English and in Chinese', () => {
  expect(excerpt('one two three', 20, 'en')).toBe('one two three');
  expect(excerpt('one two three four', 12, 'en')).toBe('one two…');
  expect(excerpt('人工智能拥有似乎无限的力量', 8, 'zh-Hans')).toMatch(/^人工智能(拥有)?…$/);
});
