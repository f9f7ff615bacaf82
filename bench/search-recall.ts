/**
 * Search quality of a built site: recall@10, the share of queries whose source paper is among
 * the first ten results. Queries are sampled from the papers' own abstracts (deterministic for a
 * seed), per language: half of them phrases of 2 to 4 consecutive words, half single rare terms
 * (a term found in at most a few papers); Chinese ones unspaced, as a reader types them. Each is
 * run in Chromium against the site's own Pagefind bundle the way the search page runs it
 * (`pagefind.search(query)` in the page's language; Pagefind 1.6 cuts a Chinese query into words
 * with `Intl.Segmenter` itself).
 *
 *   node bench/search-recall.ts <site dir> <content store file> [queries per language] [seed]
 *
 * Prints one JSON object; the benchmark imports {@link measureSearchRecall} instead.
 */
import type { Page } from 'playwright-core';
import { prng } from './generate.ts';
import { langs, locales, type Lang } from '../src/i18n/locales.ts';
import { readPapers, type StoredPaper } from '../src/search/content-store.ts';
import { launchBrowser } from '../tests/e2e/support/browser.ts';
import { serveStatic } from '../tests/e2e/support/server.ts';

/** One sampled query and the paper it was drawn from. */
export interface RecallQuery {
  kind: 'phrase' | 'rare term';
  query: string;
  slug: string;
}

/** Recall@10 of one language's queries, by kind and overall, with the queries missed. */
export interface LanguageRecall {
  queries: number;
  recallAt10: number;
  phraseRecallAt10: number;
  rareTermRecallAt10: number;
  /** Milliseconds per query, results' data included, on average. */
  averageMs: number;
  missed: RecallQuery[];
}

/** A paper's abstract in `lang` as words: ICU's for Chinese (no spaces to split on). */
function wordsOf(text: string, lang: Lang): string[][] {
  // Phrases stay inside a sentence: a query rarely spans a full stop.
  const sentences = text.split(/[.。!?！？;；:：]/);
  if (!lang.startsWith('zh')) {
    return sentences.map((sentence) => sentence.match(/[\p{L}\p{N}][\p{L}\p{N}'-]*/gu) ?? []);
  }
  const segmenter = new Intl.Segmenter('zh-Hans', { granularity: 'word' });
  return sentences.map((sentence) => {
    // Words of a run of Han characters only, so a phrase of them reads as typed, unspaced.
    const runs = sentence.match(/\p{Script=Han}+/gu) ?? [];
    return runs.flatMap((run) => [...segmenter.segment(run)].map(({ segment }) => segment));
  });
}

/**
 * `count` queries in `lang` drawn from `papers` with `seed`: phrases of 2-4 consecutive words of
 * a sentence, and terms of one word found in at most 3 papers (Latin words of 6+ letters, Chinese
 * words of 2+ characters). Chinese phrases are drawn from one run of Han characters, 4 or more.
 */
export function sampleQueries(papers: readonly StoredPaper[], lang: Lang, count: number, seed: number): RecallQuery[] {
  const random = prng(seed * 7919 + langs.indexOf(lang));
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const texts = papers.map((paper) => ({
    slug: paper.id,
    sentences: wordsOf(paper.data.abstracts[lang]?.text ?? '', lang),
  }));
  const isTerm = (word: string) => (lang.startsWith('zh') ? word.length >= 2 : word.length >= 6);
  const papersWith = new Map<string, string[]>();
  for (const { slug, sentences } of texts) {
    for (const word of new Set(sentences.flat().map((word) => word.toLowerCase()))) {
      papersWith.set(word, [...(papersWith.get(word) ?? []).slice(0, 3), slug]);
    }
  }
  // Drawn from every rare term of the site, not from one paper's: at 10,000 papers most papers
  // have none, and drawing papers until one had one gave a few dozen queries, not 200.
  const rareTerms = [...papersWith]
    .flatMap(([word, [slug, ...others]]) => (isTerm(word) && slug && others.length < 3 ? [{ word, slug }] : []))
    .sort((a, b) => (a.word < b.word ? -1 : 1));
  const queries: RecallQuery[] = [];
  const joiner = lang.startsWith('zh') ? '' : ' ';
  for (let attempts = 0; queries.length < count && attempts < count * 50; attempts++) {
    if (queries.length % 2 === 0) {
      const { slug, sentences } = pick(texts);
      const sentence = pick(sentences.filter((words) => words.length >= 4));
      if (!sentence) continue;
      const length = 2 + Math.floor(random() * 3);
      const start = Math.floor(random() * (sentence.length - length + 1));
      const query = sentence.slice(start, start + length).join(joiner);
      // ICU cuts the generator's made-up Chinese terms into single characters; two of those
      // are no phrase anyone would search for.
      if (lang.startsWith('zh') && query.length < 4) continue;
      queries.push({ kind: 'phrase', query, slug });
    } else {
      const term = pick(rareTerms);
      if (!term) continue;
      queries.push({ kind: 'rare term', query: term.word, slug: term.slug });
    }
  }
  return queries;
}

/** Runs `queries` on the search page of `langPath` and returns, for each, the first ten results' URLs. */
async function topTen(page: Page, queries: readonly string[]): Promise<{ urls: string[]; ms: number }[]> {
  return page.evaluate(async (queries) => {
    const search = document.querySelector<HTMLElement>('[data-search]')?.dataset;
    const bundle = search?.['bundle'] ?? '/pagefind/';
    const baseUrl = search?.['baseUrl'] ?? '/';
    const pagefind = (await import(`${bundle}pagefind.js`)) as {
      options(options: object): Promise<void>;
      init(): Promise<void>;
      search(query: string): Promise<{ results: { data(): Promise<{ url: string }> }[] }>;
    };
    await pagefind.options({ baseUrl });
    await pagefind.init();
    const answers: { urls: string[]; ms: number }[] = [];
    for (const query of queries) {
      const started = performance.now();
      const { results } = await pagefind.search(query);
      const urls = await Promise.all(results.slice(0, 10).map(async (result) => (await result.data()).url));
      answers.push({ urls, ms: performance.now() - started });
    }
    return answers;
  }, queries);
}

/** Serves the built site in `dir` and measures recall@10 of `count` sampled queries per language. */
export async function measureSearchRecall(
  dir: string,
  storeFile: string,
  count = 200,
  seed = 1,
): Promise<Record<Lang, LanguageRecall>> {
  const papers = await readPapers(storeFile);
  const server = await serveStatic(dir, '/');
  const browser = await launchBrowser();
  try {
    const recall: Partial<Record<Lang, LanguageRecall>> = {};
    for (const lang of langs) {
      const queries = sampleQueries(papers, lang, count, seed);
      const page = await (await browser.newContext()).newPage();
      await page.goto(new URL(`${locales[lang].path}/search/`, server.url).href, { waitUntil: 'networkidle' });
      const answers = await topTen(
        page,
        queries.map(({ query }) => query),
      );
      const found = queries.map(({ slug }, index) =>
        (answers[index]?.urls ?? []).some((url) => url.endsWith(`/${locales[lang].path}/${slug}/`)),
      );
      const share = (kind: RecallQuery['kind']) => {
        const ofKind = queries.flatMap((query, index) => (query.kind === kind ? [found[index]] : []));
        return ofKind.filter(Boolean).length / ofKind.length;
      };
      recall[lang] = {
        queries: queries.length,
        recallAt10: found.filter(Boolean).length / queries.length,
        phraseRecallAt10: share('phrase'),
        rareTermRecallAt10: share('rare term'),
        averageMs: answers.reduce((total, answer) => total + answer.ms, 0) / answers.length,
        missed: queries.filter((_, index) => !found[index]),
      };
      await page.close();
    }
    return recall as Record<Lang, LanguageRecall>;
  } finally {
    await browser.close();
    await server.close();
  }
}

if (import.meta.main) {
  const [dir = 'dist', store = 'node_modules/.astro/data-store.json', count = '200', seed = '1'] =
    process.argv.slice(2);
  console.log(JSON.stringify(await measureSearchRecall(dir, store, Number(count), Number(seed)), null, 2));
}
