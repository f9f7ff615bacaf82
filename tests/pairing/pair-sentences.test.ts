import { readFileSync, readdirSync } from 'node:fs';
import type { Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { toString } from 'hast-util-to-string';
import { FAILSAFE_SCHEMA, load } from 'js-yaml';
import { describe, expect, test } from 'vitest';
import { langs } from '../../src/i18n/locales.ts';
import { formatPairLinks, parsePairLinks } from '../../src/pairing/pair-links.ts';
import { leadKey, pairSentences, PairsError } from '../../src/pairing/pair-sentences.ts';
import { parsePaperFile } from '../../src/papers/paper-file.ts';
import { renderer } from '../support/render-markdown.ts';

const fixtures = new URL('../fixtures/pairing/', import.meta.url);
const seed = 'j-transl-med-2020-18-14';

/** Each language block of a content file, rendered by the site's pipeline, as a tree. */
async function trees(text: string): Promise<Map<string, Root>> {
  const file = parsePaperFile(text, 'x.md', langs);
  const rendered = new Map<string, Root>();
  for (const block of file.blocks) {
    rendered.set(block.lang, fromHtml((await renderer.render(block.markdown)).code, { fragment: true }));
  }
  return rendered;
}

/** The records of the gold set: the seed and the fixtures, each with its hand-checked pairing. */
const gold = readdirSync(fixtures)
  .filter((name) => name.endsWith('.gold.yaml'))
  .map((name) => {
    const slug = name.replace(/\.gold\.yaml$/, '');
    const paper =
      slug === seed ? new URL(`../../content/abstracts/${slug}.md`, import.meta.url) : new URL(`${slug}.md`, fixtures);
    const links = load(readFileSync(new URL(name, fixtures), 'utf8'), { schema: FAILSAFE_SCHEMA }) as Record<
      string,
      string
    >;
    return { slug, text: readFileSync(paper, 'utf8'), links };
  });

/** How many of a record's gold pairs the automatic pairing finds exactly, and how many there are. */
async function score(text: string, links: Record<string, string>) {
  const found = pairSentences(await trees(text), 'en', undefined);
  let exact = 0;
  let total = 0;
  for (const [section, written] of Object.entries(links)) {
    const made = new Set((found.get(section === leadKey ? '' : section) ?? []).map((bead) => formatPairLinks([bead])));
    for (const bead of parsePairLinks(written)) {
      total++;
      if (made.has(formatPairLinks([bead]))) exact++;
    }
  }
  return { exact, total };
}

describe('the automatic pairing against the hand-checked gold set', () => {
  test('holds at least five fixture records besides the seed', () => {
    expect(gold.filter((record) => record.slug !== seed).length).toBeGreaterThanOrEqual(5);
  });

  test('finds every pair of the seed', async () => {
    const record = gold.find((entry) => entry.slug === seed)!;
    expect(await score(record.text, record.links)).toEqual({ exact: 15, total: 15 });
  });

  test('finds at least 90% of the gold pairs exactly, over all records', async () => {
    let exact = 0;
    let total = 0;
    for (const record of gold) {
      const result = await score(record.text, record.links);
      exact += result.exact;
      total += result.total;
    }
    // The figure the README reports.
    expect({ exact, total }).toEqual({ exact: 60, total: 63 });
    expect(exact / total).toBeGreaterThanOrEqual(0.9);
  });
});

describe('pairSentences', () => {
  test('wraps each sentence in an element and leaves every character of the text as it was', async () => {
    for (const record of gold) {
      const before = await trees(record.text);
      const texts = new Map([...before].map(([lang, tree]) => [lang, toString(tree)]));
      const after = await trees(record.text);
      pairSentences(after, 'en', undefined);
      for (const [lang, tree] of after) expect(toString(tree)).toBe(texts.get(lang));
    }
  });

  test('gives a pair one number in both languages and its first sentence an id they share', async () => {
    const rendered = await trees(readFileSync(new URL('merged-and-split.md', fixtures), 'utf8'));
    pairSentences(rendered, 'en', undefined);
    expect(toHtml(rendered.get('en')!)).toContain(
      '<p><span class="sentence" id="objective-s1" data-n="1">To describe antibiotic prescribing in primary care in rural China.</span> ' +
        '<span class="sentence" data-n="1">We also examined its determinants.</span></p>',
    );
    expect(toHtml(rendered.get('zh-Hans')!)).toContain(
      '<p><span class="sentence" id="methods-s1" data-n="1">我们审查了三个省份 48 家村卫生室的 9600 张门诊处方,收集时间为 2019 年 1 月至 12 月。</span>' +
        '<span class="sentence" data-n="1">每张处方均按照 WHO AWaRe 分类进行编码。</span></p>',
    );
  });

  test('never cuts an element in two, and leaves an unpaired sentence without a number', async () => {
    const rendered = await trees(
      '---\njournal: X\ndate: 2020\n---\n\n# en\n\nOne <i>in. Two</i> ends. Three.\n\n# zh-Hans\n\n一<i>在。二</i>结束。\n',
    );
    pairSentences(rendered, 'en', { [leadKey]: '1=1 2=-' });
    expect(toHtml(rendered.get('en')!)).toBe(
      '<p><span class="sentence" id="s1" data-n="1">One <i>in. Two</i> ends.</span> <span class="sentence">Three.</span></p>',
    );
  });

  test("follows a maintainer's pairs: marker over the automatic pairing", async () => {
    const text = readFileSync(new URL('rct-numbers.md', fixtures), 'utf8');
    const found = pairSentences(await trees(text), 'en', { results: '1=1 2=2 3=3 4=4 5=-' });
    expect(formatPairLinks(found.get('results')!)).toBe('1=1 2=2 3=3 4=4 5=-');
    expect(formatPairLinks(found.get('methods')!)).toBe('1=1 2=2');
  });

  test('refuses a marker for a section the abstract does not have in both languages, or that does not fit', async () => {
    const text = readFileSync(new URL('rct-numbers.md', fixtures), 'utf8');
    expect(() => pairSentences(new Map(), 'en', undefined)).not.toThrow();
    const unknown = await trees(text);
    expect(() => pairSentences(unknown, 'en', { finding: '1=1' })).toThrow(
      new PairsError(
        'finding',
        'no section "finding" in both languages; expected one of: background, methods, results, conclusion',
      ),
    );
    const short = await trees(text);
    expect(() => pairSentences(short, 'en', { background: '1=1' })).toThrow(/^the en sentences are numbered 1 to 2/);
  });
});
