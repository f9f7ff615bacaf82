/**
 * The import of PubMed records: a MEDLINE export of `count` generated records, one file as
 * PubMed's "Send to: Citation manager" gives it, imported into an empty scratch folder. Part of
 * `npm run bench`; on its own, `node bench/import-medline.ts --n 10000` measures just this step.
 */
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { generateMedlineRecord } from './generate-medline.ts';
import { runMeasured, type StepCost } from './measure.ts';

const root = new URL('../', import.meta.url).pathname;

/** Generates the export in `dir`, imports it into `dir/content`, and checks every record made an entry. */
export async function measureMedlineImport(count: number, seed: number, dir: string): Promise<StepCost> {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const file = join(dir, 'pubmed.nbib');
  writeFileSync(file, Array.from({ length: count }, (_, index) => generateMedlineRecord(index, seed)).join('\n'));
  const content = join(dir, 'content');
  const cost = await runMeasured(process.execPath, [join(root, 'src/importer/cli.ts'), '--out', content, file]);
  const created = readdirSync(content).filter((name) => name.endsWith('.md')).length;
  if (created !== count) throw new Error(`expected ${count} entries, found ${created}:\n${cost.output.slice(-2000)}`);
  return cost;
}

if (import.meta.main) {
  const { values } = parseArgs({
    options: { n: { type: 'string', default: '10000' }, seed: { type: 'string', default: '1' } },
  });
  const count = Number(values.n);
  const cost = await measureMedlineImport(count, Number(values.seed), join(root, 'bench/out/medline'));
  console.log(
    `import of ${count} MEDLINE records: ${cost.seconds.toFixed(1)} s, peak ${(cost.peakRssBytes / 1024 / 1024).toFixed(0)} MiB`,
  );
}
