import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { planImport } from '../../src/importer/batch.ts';
import { compileRecord, indexEntry } from '../../src/importer/compile.ts';

const seedRecord = readFileSync(new URL('../fixtures/records/seed.txt', import.meta.url));
const seedPath = new URL('../../content/abstracts/j-transl-med-2020-18-14.md', import.meta.url);
const seedEntry = readFileSync(seedPath, 'utf8');

function importSeed(force: boolean) {
  const entry = indexEntry({ name: 'j-transl-med-2020-18-14', path: 'seed.md', text: seedEntry });
  return planImport([compileRecord({ path: 'seed.txt', bytes: seedRecord })], [entry], {
    force,
    pathOf: (name) => `${name}.md`,
  });
}

describe('the committed seed entry', () => {
  test('is exactly what the importer writes for the seed record, plus its hand-added title and authors', () => {
    const { text } = compileRecord({ path: 'seed.txt', bytes: seedRecord });
    const handAdded = /^title: .*\nauthors:\n(?: {2}- .*\n)+/m;
    expect(seedEntry.replace(handAdded, '')).toBe(text);
  });

  test('is left byte for byte as it is when the seed record is imported over it', () => {
    const plan = importSeed(false);
    expect(plan.errors).toEqual([]);
    expect(plan.outcomes.map(({ status, text }) => ({ status, text }))).toEqual([
      { status: 'unchanged', text: seedEntry },
    ]);
  });

  test('is left byte for byte as it is even when forced, since nothing differs', () => {
    expect(importSeed(true).outcomes[0]?.text).toBe(seedEntry);
  });
});
