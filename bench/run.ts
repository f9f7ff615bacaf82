/**
 * `npm run bench [-- --n 10000 --seed 1]`: generates synthetic records, imports them into a
 * scratch site (bench/out/, never content/), builds it clean, and measures what the issue of
 * record asks: import, build and index times, pages per second, peak memory of each step,
 * the import of one MEDLINE export of as many PubMed records (bench/import-medline.ts),
 * output size, index size per language, the seed page's weight, a first search in Chromium, and
 * the search's recall@10 on sampled queries (bench/search-recall.ts).
 * The build also runs clean at a tenth of the size and at twice the size, to show how cost
 * grows and to project it to 100,000 papers (bench/projection.ts). Prints a table and writes
 * bench/results.json.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { generateRecord } from './generate.ts';
import { measureMedlineImport } from './import-medline.ts';
import { calibrate, runMeasured, type StepCost } from './measure.ts';
import { buildPhases, type BuildPhases } from './phases.ts';
import { project, storeStringLimit } from './projection.ts';
import { measureSearchBytes } from './search-bytes.ts';
import { measureSearchRecall } from './search-recall.ts';

const { values } = parseArgs({
  options: { n: { type: 'string', default: '10000' }, seed: { type: 'string', default: '1' } },
});
const n = Number(values.n);
const seed = Number(values.seed);
const root = new URL('../', import.meta.url).pathname;
const out = join(root, 'bench/out');
const node = process.execPath;
const seedSlug = 'j-transl-med-2020-18-14';

interface ScaleResult {
  papers: number;
  pages: number;
  import: StepCost & { created: number };
  build: StepCost & {
    astroSeconds: number;
    astroPeakRssBytes: number;
    /** The second step: the search index and the reference files, written at once. */
    indexSeconds: number;
    indexPeakRssBytes: number;
    pagefindSeconds: number;
    referenceFilesSeconds: number;
    pagesPerSecond: number;
    phases: BuildPhases;
  };
  /**
   * Rebuilds with the caches of the clean build kept: into the built site, as a maintainer
   * rebuilds, and with nothing changed also without it, as a CI job that keeps only the caches.
   */
  rebuild?: { unchanged: Rebuild; unchangedCacheOnly: Rebuild; onePaperAdded: Rebuild };
  dist: { bytes: number; files: number; indexBytesByLanguage: Record<string, number> };
  /**
   * The content store as Astro bundles it, one string literal (`JSON.parse("…")`): its length in
   * UTF-16 units, as V8 counts them.
   */
  storeStringLength: number;
}

interface Rebuild {
  seconds: number;
  peakRssBytes: number;
  phases: BuildPhases;
}

/** Runs the one build command on `env`'s site and keeps its log as `<dir>/<name>.log`. */
async function build(dir: string, name: string, env: Record<string, string>) {
  const cost = await runMeasured(node, [join(root, 'scripts/build.ts')], env);
  writeFileSync(join(dir, `${name}.log`), cost.output);
  return cost;
}

/**
 * The rebuilds a maintainer waits for: nothing changed, then one new paper imported into the
 * site's content folder, both into the built site with the content layer's cache kept; and,
 * between them, nothing changed with only the caches kept (the built site removed first), as in
 * a CI job that keeps `node_modules/.astro/` and not `dist/`.
 */
async function rebuilds(dir: string, content: string, count: number, env: Record<string, string>) {
  const unchanged = await build(dir, 'rebuild-unchanged', env);
  rmSync(join(dir, 'dist'), { recursive: true, force: true });
  const unchangedCacheOnly = await build(dir, 'rebuild-unchanged-cache-only', env);
  const records = join(dir, 'one-more');
  mkdirSync(records, { recursive: true });
  writeFileSync(join(records, 'added.txt'), generateRecord(count, seed));
  await runMeasured(node, [join(root, 'src/importer/cli.ts'), '--out', content, records]);
  const added = await build(dir, 'rebuild-one-added', env);
  const summary = (cost: StepCost): Rebuild => ({
    seconds: cost.seconds,
    peakRssBytes: cost.peakRssBytes,
    phases: buildPhases(cost.lines),
  });
  return {
    unchanged: summary(unchanged),
    unchangedCacheOnly: summary(unchangedCacheOnly),
    onePaperAdded: summary(added),
  };
}

async function runScale(count: number, withRebuilds: boolean): Promise<ScaleResult> {
  const dir = join(out, `n${count}`);
  rmSync(dir, { recursive: true, force: true });
  const records = join(dir, 'records');
  const content = join(dir, 'content');
  const dist = join(dir, 'dist');
  mkdirSync(records, { recursive: true });
  for (let index = 0; index < count - 1; index++) {
    writeFileSync(join(records, `${String(index).padStart(6, '0')}.txt`), generateRecord(index, seed));
  }
  // The seed is one of the papers, so its pages are measured at scale.
  writeFileSync(join(records, 'seed.txt'), readFileSync(join(root, 'tests/fixtures/records/seed.txt')));

  const imported = await runMeasured(node, [join(root, 'src/importer/cli.ts'), '--out', content, records]);
  const created = imported.output.split('\n').filter((line) => line.startsWith('created')).length;
  if (created !== count)
    throw new Error(`expected ${count} created entries, the importer said:\n${imported.output.slice(-2000)}`);

  // A clean build (the folder was emptied above, its cache folder with it), with the one build
  // command; each size keeps its own cache, so the searches below read the full size's store.
  const env = {
    CONTENT_DIR: `${content}/`,
    OUT_DIR: dist,
    CACHE_DIR: join(dir, 'cache'),
    ASTRO_TELEMETRY_DISABLED: '1',
  };
  const clean = await build(dir, 'build', env);
  const phase = (name: string) => {
    const line = clean.lines.find(({ text }) => text.startsWith(`[${name}] `) && / in \d+ ms\.$/.test(text));
    if (!line) throw new Error(`the build printed no "[${name}]" summary:\n${clean.output.slice(-2000)}`);
    return { at: line.at, seconds: Number(/ in (\d+) ms\.$/.exec(line.text)?.[1]) / 1000 };
  };
  const astro = phase('astro build');
  const peakOf = (from: number, to: number) =>
    Math.max(0, ...clean.samples.filter(({ at }) => at > from && at <= to).map(({ rss }) => rss));
  const pages = htmlFiles(dist).length;
  const sizes = { ...folderSize(dist), indexBytesByLanguage: indexBytes(join(dist, 'pagefind')) };
  const storeStringLength = JSON.stringify(readFileSync(join(dir, 'cache/data-store.json'), 'utf8')).length;
  return {
    papers: count,
    pages,
    import: { ...imported, output: '', samples: [], lines: [], created },
    build: {
      seconds: clean.seconds,
      peakRssBytes: clean.peakRssBytes,
      output: '',
      samples: [],
      lines: [],
      astroSeconds: astro.seconds,
      astroPeakRssBytes: peakOf(0, astro.at),
      indexSeconds: clean.seconds - astro.at,
      indexPeakRssBytes: peakOf(astro.at, Infinity),
      pagefindSeconds: phase('search index').seconds,
      referenceFilesSeconds: phase('reference files').seconds,
      pagesPerSecond: pages / astro.seconds,
      phases: buildPhases(clean.lines),
    },
    dist: sizes,
    storeStringLength,
    ...(withRebuilds ? { rebuild: await rebuilds(dir, content, count, env) } : {}),
  };
}

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? walk(join(dir, entry.name)) : [join(dir, entry.name)],
  );
}

function htmlFiles(dir: string) {
  return walk(dir).filter((file) => file.endsWith('.html'));
}

function folderSize(dir: string) {
  const files = walk(dir);
  return { files: files.length, bytes: files.reduce((total, file) => total + statSync(file).size, 0) };
}

/** Bytes of Pagefind's files per language (`en_…`, `zh-hans_…` in each of its folders). */
function indexBytes(dir: string): Record<string, number> {
  const entry = JSON.parse(readFileSync(join(dir, 'pagefind-entry.json'), 'utf8')) as {
    languages: Record<string, { hash: string }>;
  };
  const sizes: Record<string, number> = {};
  for (const [lang, { hash }] of Object.entries(entry.languages)) {
    sizes[lang] = walk(dir)
      .filter((file) => file.includes(`${lang}_`) || file.includes(hash))
      .reduce((total, file) => total + statSync(file).size, 0);
  }
  return sizes;
}

/** HTML plus render-blocking stylesheets of a page, gzipped as a static host would send them. */
function firstRoundTrip(dist: string, path: string) {
  const html = readFileSync(join(dist, path, 'index.html'));
  const head = html.toString('utf8').split('</head>')[0] ?? '';
  const sheets = [...head.matchAll(/<link[^>]+rel="?stylesheet"?[^>]*>/g)].map(
    (tag) => /href="?([^"\s>]+)/.exec(tag[0])?.[1] ?? '',
  );
  const css = sheets.map((href) => readFileSync(join(dist, href.replace(/^\//, ''))));
  return {
    htmlGzipBytes: gzipSync(html).length,
    cssGzipBytes: css.reduce((total, sheet) => total + gzipSync(sheet).length, 0),
    stylesheets: sheets.length,
  };
}

function phaseText(phases: BuildPhases): string {
  return Object.entries(phases)
    .map(([name, seconds]) => `${name} ${seconds.toFixed(1)} s`)
    .join(', ');
}

const mib = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MiB`;
const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} KB`;

const calibrationBefore = calibrate();
const small = await runScale(Math.max(10, Math.round(n / 10)), false);
const large = await runScale(n, true);
const medlineImport = await measureMedlineImport(n, seed, join(out, 'medline'));
const dist = join(out, `n${n}`, 'dist');
const pageWeight = {
  en: firstRoundTrip(dist, `en/${seedSlug}`),
  'zh-Hans': firstRoundTrip(dist, `zh/${seedSlug}`),
};
const searches = {
  en: await measureSearchBytes(dist, '/', 'en', 'Kaunas', `en/${seedSlug}/`),
  'zh-Hans': await measureSearchBytes(dist, '/', 'zh', '扎根理论', `zh/${seedSlug}/`),
};
const recall = await measureSearchRecall(dist, join(out, `n${n}`, 'cache/data-store.json'), 200, seed);
// Twice the size, clean only, after the searches (the machine's memory is the full size's until then).
const double = await runScale(2 * n, false);
const scales = [small, large, double];
const projection = project(
  scales.map((scale) => ({ papers: scale.papers, seconds: scale.build.seconds })),
  100_000,
);
const stringLimit = storeStringLimit(double.papers, double.storeStringLength);
const calibrationAfter = calibrate();
const results = {
  date: new Date().toISOString(),
  calibrationMs: { before: calibrationBefore, after: calibrationAfter },
  machine: `${cpus()[0]?.model ?? 'unknown CPU'}, ${availableParallelism()} cores, ${mib(totalmem())}, Node ${process.version}`,
  seed,
  scales,
  growth: large.build.seconds / small.build.seconds,
  projection,
  storeStringLimitPapers: stringLimit,
  medlineImport: { records: n, seconds: medlineImport.seconds, peakRssBytes: medlineImport.peakRssBytes },
  pageWeight,
  searches: Object.fromEntries(
    Object.entries(searches).map(([lang, s]) => [
      lang,
      {
        query: s.query,
        summary: s.summary,
        resultsMs: Math.round(s.resultsMs),
        coldResultsMs: Math.round(s.coldResultsMs),
        firstSearchBytes: s.firstSearch.bytes,
        firstSearchGzipBytes: s.firstSearch.gzipBytes,
        jsBeforeSearchGzipBytes: s.paperPage.jsGzipBytes,
        paperPageRequests: s.paperPage.files.map((file) => file.path),
      },
    ]),
  ),
  recall: Object.fromEntries(
    Object.entries(recall).map(([lang, { missed, ...figures }]) => [lang, { ...figures, missed: missed.length }]),
  ),
};
writeFileSync(join(root, 'bench/results.json'), `${JSON.stringify(results, null, 2)}\n`);

const rows: [string, string][] = [
  ['machine', results.machine],
  ['machine speed (fixed workload)', `${calibrationBefore} ms before, ${calibrationAfter} ms after (lower is faster)`],
];
for (const scale of results.scales) {
  const p = `${scale.papers} papers`;
  rows.push(
    [`${p}: import`, `${scale.import.seconds.toFixed(1)} s, peak ${mib(scale.import.peakRssBytes)}`],
    [
      `${p}: build (Astro)`,
      `${scale.build.astroSeconds.toFixed(1)} s, ${scale.build.pagesPerSecond.toFixed(0)} pages/s, peak ${mib(scale.build.astroPeakRssBytes)}`,
    ],
    [
      `${p}: index + reference files`,
      `${scale.build.indexSeconds.toFixed(1)} s (Pagefind ${scale.build.pagefindSeconds.toFixed(1)} s, beside it reference files ${scale.build.referenceFilesSeconds.toFixed(1)} s), peak ${mib(scale.build.indexPeakRssBytes)}`,
    ],
    [`${p}: build + index`, `${scale.build.seconds.toFixed(1)} s, peak ${mib(scale.build.peakRssBytes)}`],
    [`${p}: phases`, phaseText(scale.build.phases)],
    [`${p}: dist/`, `${scale.pages} pages, ${scale.dist.files} files, ${mib(scale.dist.bytes)}`],
    [
      `${p}: index per language`,
      Object.entries(scale.dist.indexBytesByLanguage)
        .map(([lang, bytes]) => `${lang} ${mib(bytes)}`)
        .join(', '),
    ],
  );
}
if (large.rebuild) {
  const { unchanged, unchangedCacheOnly, onePaperAdded } = large.rebuild;
  rows.push(
    [
      `${large.papers} papers: rebuild, nothing changed`,
      `${unchanged.seconds.toFixed(1)} s, peak ${mib(unchanged.peakRssBytes)}`,
    ],
    [`${large.papers} papers: its phases`, phaseText(unchanged.phases)],
    [
      `${large.papers} papers: the same, caches only (CI)`,
      `${unchangedCacheOnly.seconds.toFixed(1)} s, peak ${mib(unchangedCacheOnly.peakRssBytes)}`,
    ],
    [`${large.papers} papers: its phases`, phaseText(unchangedCacheOnly.phases)],
    [
      `${large.papers} papers: rebuild, one paper added`,
      `${onePaperAdded.seconds.toFixed(1)} s, peak ${mib(onePaperAdded.peakRssBytes)}`,
    ],
    [`${large.papers} papers: its phases`, phaseText(onePaperAdded.phases)],
  );
}
rows.push([
  `${n} MEDLINE records (one export): import`,
  `${medlineImport.seconds.toFixed(1)} s, peak ${mib(medlineImport.peakRssBytes)}`,
]);
rows.push(
  [`growth ${small.papers} -> ${large.papers} papers`, `${results.growth.toFixed(1)}x build + index time`],
  [
    `projected to ${projection.papers} papers`,
    `${projection.seconds.toFixed(0)} s (build + index time ~ papers^${projection.exponent.toFixed(2)}, fitted to the ${scales.length} sizes)`,
  ],
  [
    'content store as one string',
    `${(double.storeStringLength / double.papers).toFixed(0)} UTF-16 units a paper: over V8's longest string at about ${stringLimit} papers`,
  ],
);
for (const [lang, weight] of Object.entries(pageWeight)) {
  rows.push([
    `seed page (${lang}): HTML + CSS gzipped`,
    `${kb(weight.htmlGzipBytes + weight.cssGzipBytes)} (HTML ${kb(weight.htmlGzipBytes)}, ${weight.stylesheets} stylesheet ${kb(weight.cssGzipBytes)})`,
  ]);
}
for (const [lang, search] of Object.entries(results.searches)) {
  rows.push(
    [`seed page (${lang}): JS before any search`, `${kb(search.jsBeforeSearchGzipBytes)} gzipped`],
    [
      `first search (${lang}) "${search.query}"`,
      `${kb(search.firstSearchBytes)} fetched (${kb(search.firstSearchGzipBytes)} gzipped); results ${search.resultsMs} ms after the query (${search.coldResultsMs} ms when typed at once into the unloaded box)`,
    ],
  );
}
for (const [lang, figures] of Object.entries(recall)) {
  rows.push([
    `search recall@10 (${lang})`,
    `${figures.recallAt10.toFixed(3)} of ${figures.queries} queries (phrases ${figures.phraseRecallAt10.toFixed(3)}, rare terms ${figures.rareTermRecallAt10.toFixed(3)}), ${figures.averageMs.toFixed(0)} ms a query`,
  ]);
}
const width = Math.max(...rows.map(([label]) => label.length));
console.log(rows.map(([label, value]) => `${label.padEnd(width)}  ${value}`).join('\n'));
console.log('\nwritten: bench/results.json');
