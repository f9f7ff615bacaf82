import { expect, test } from 'vitest';
import { useTranslations } from '../../src/i18n/ui.ts';
import type { Lang } from '../../src/i18n/locales.ts';
import { jsonForScript } from '../../src/metadata/json-ld.ts';
import { paperHead } from '../../src/metadata/paper-head.ts';
import type { PaperWithAbstracts as PaperData } from '../../src/lib/paper-entry.ts';
import { paperView } from '../../src/reading/paper-view.ts';
import { contentFiles, loadPaper } from '../support/papers.ts';

const seed = await loadPaper(contentFiles.find((url) => url.pathname.endsWith('/j-transl-med-2020-18-14.md'))!);
const en = 'https://example.org/en/j-transl-med-2020-18-14/';
const zh = 'https://example.org/zh/j-transl-med-2020-18-14/';

function jsonLd(data: PaperData, lang: Lang) {
  const view = paperView(seed.slug, data, lang);
  return JSON.parse(paperHead(data, view, lang, useTranslations(lang), new URL('https://example.org'), '/').jsonLd);
}

const article = {
  '@type': 'ScholarlyArticle',
  '@id': en,
  url: en,
  headline: seed.data.title,
  name: seed.data.title,
  inLanguage: 'en',
  datePublished: '2020-01-09',
  identifier: { '@type': 'PropertyValue', propertyID: 'DOI', value: '10.1186/s12967-019-02204-y' },
  sameAs: ['https://doi.org/10.1186/s12967-019-02204-y', 'https://pubmed.ncbi.nlm.nih.gov/31918710/'],
  keywords: ['Artificial intelligence', 'Grounded theory', 'Health professionals', 'Patients', 'Responsibility'],
  isPartOf: {
    '@type': 'PublicationIssue',
    issueNumber: '1',
    isPartOf: {
      '@type': 'PublicationVolume',
      volumeNumber: '18',
      isPartOf: { '@type': 'Periodical', name: 'J Transl Med' },
    },
  },
  pageStart: '14',
  author: [
    { '@type': 'Person', name: 'Marie-Catherine Laï', familyName: 'Laï', givenName: 'Marie-Catherine' },
    { '@type': 'Person', name: 'Matthieu Brian', familyName: 'Brian', givenName: 'Matthieu' },
    { '@type': 'Person', name: 'Marie-France Mamzer', familyName: 'Mamzer', givenName: 'Marie-France' },
  ],
};

test('the English page describes the article and points to its Chinese translation', () => {
  const data = jsonLd(seed.data, 'en');
  expect(data).toMatchObject({ '@context': 'https://schema.org', ...article });
  expect(data.abstract).toMatch(/^Background: Artificial intelligence \(AI\), with its seemingly limitless power/);
  expect(data.workTranslation).toEqual([{ '@type': 'ScholarlyArticle', '@id': zh, url: zh, inLanguage: 'zh-Hans' }]);
});

test('the Chinese page describes the translation, and the article it translates by the same @id', () => {
  const data = jsonLd(seed.data, 'zh-Hans');
  expect(data).toMatchObject({ '@type': 'ScholarlyArticle', '@id': zh, inLanguage: 'zh-Hans' });
  expect(data.abstract).toMatch(/^背景: 人工智能/);
  expect(data.translationOfWork).toMatchObject(article);
  expect(data.workTranslation).toBeUndefined();
});

test('a page whose translation is missing describes the original it shows', () => {
  const abstracts = { ...seed.data.abstracts };
  delete abstracts['zh-Hans'];
  const data = jsonLd({ ...seed.data, abstracts }, 'zh-Hans');
  expect(data).toMatchObject(article);
  expect(data.workTranslation).toBeUndefined();
});

test('JSON-LD cannot close its script element, and reads back the same', () => {
  const value = { text: '</script><script>alert(1)</script> <!-- & ]]>' };
  const json = jsonForScript(value);
  expect(json).not.toContain('<');
  expect(JSON.parse(json)).toEqual(value);
});
