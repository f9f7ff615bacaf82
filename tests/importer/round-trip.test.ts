import { readdirSync, readFileSync } from 'node:fs';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toString } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';
import { describe, expect, test } from 'vitest';
import { langs } from '../../src/i18n/locales.ts';
import { parseRecordFile, recordLangs, type ParsedRecord } from '../../src/importer/parse.ts';
import { titleCase } from '../../src/importer/section-headings.ts';
import { recordEntry, writeEntry } from '../../src/importer/write.ts';
import { parsePaperFile } from '../../src/papers/paper-file.ts';
import { renderer } from '../support/render-markdown.ts';
import { paperSchema } from '../../src/papers/schema.ts';
import { fixtures } from './support.ts';

/** Every record of the fixtures and the seed that the importer accepts (translations on their own are no entries). */
const records: [string, ParsedRecord][] = [
  ['seed', new URL('../fixtures/records/seed.txt', import.meta.url)] as const,
  ['seed (MEDLINE)', new URL('../fixtures/records/seed.nbib', import.meta.url)] as const,
  ...readdirSync(fixtures).flatMap((name) =>
    readdirSync(new URL(`${name}/input/`, fixtures)).map(
      (file) => [`${name}/${file}`, new URL(`${name}/input/${file}`, fixtures)] as const,
    ),
  ),
].flatMap(([name, url]) => {
  return parseRecordFile(readFileSync(url)).flatMap((parsed, index) =>
    parsed.ok && parsed.record.source !== 'translation'
      ? [[index > 0 ? `${name} #${index + 1}` : name, parsed.record] as [string, ParsedRecord]]
      : [],
  );
});

/** The text of each heading and paragraph of some HTML, in order. */
function texts(html: string): { tag: string; id: string | undefined; text: string }[] {
  const found: { tag: string; id: string | undefined; text: string }[] = [];
  visit(fromHtml(html, { fragment: true }) as Root, 'element', (element: Element) => {
    if (element.tagName !== 'h2' && element.tagName !== 'p') return;
    found.push({ tag: element.tagName, id: element.properties['id'] as string | undefined, text: toString(element) });
  });
  return found;
}

describe('a record written by the importer reads back through the site as the record says', () => {
  test('there are records to check', () => {
    expect(records.length).toBeGreaterThan(20);
  });

  test.each(records)('%s: the facts pass the site schema unchanged', (_name, record) => {
    const file = parsePaperFile(writeEntry(recordEntry(record)), 'x.md', langs);
    expect(file.facts).toEqual(paperSchema.parse(record.facts));
  });

  test.each(records)('%s: the rendered abstracts show every character of the record text', async (_name, record) => {
    const file = parsePaperFile(writeEntry(recordEntry(record)), 'x.md', langs);
    expect(file.blocks.map((block) => block.lang)).toEqual(recordLangs.filter((lang) => record.abstracts[lang]));
    for (const block of file.blocks) {
      const { code } = await renderer.render(block.markdown);
      const sections = record.abstracts[block.lang as (typeof recordLangs)[number]]?.sections ?? [];
      const expected = sections.flatMap((section) => [
        ...(section.label === undefined
          ? []
          : [{ tag: 'h2', text: block.lang === 'en' ? titleCase(section.label) : section.label }]),
        ...section.paragraphs.map((text) => ({ tag: 'p', text })),
      ]);
      expect(texts(code).map(({ tag, text }) => ({ tag, text }))).toEqual(expected);
    }
  });

  test.each(records.filter(([, record]) => record.abstracts.en && record.abstracts['zh-Hans']))(
    '%s: each Chinese section has the id of an English one when both have as many sections',
    async (_name, record) => {
      const file = parsePaperFile(writeEntry(recordEntry(record)), 'x.md', langs);
      const ids = await Promise.all(
        file.blocks.map(async (block) =>
          texts((await renderer.render(block.markdown)).code)
            .filter((item) => item.tag === 'h2')
            .map((item) => item.id),
        ),
      );
      const [en = [], zh = []] = ids;
      if (en.length === zh.length) expect(zh).toEqual(en);
      for (const list of ids) expect(new Set(list).size).toBe(list.length);
    },
  );
});
