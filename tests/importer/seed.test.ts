import { readFileSync } from 'node:fs';
import { FAILSAFE_SCHEMA, load } from 'js-yaml';
import { describe, expect, test } from 'vitest';
import { planImport } from '../../src/importer/batch.ts';
import { compileFile, indexEntry } from '../../src/importer/compile.ts';

const fixture = (name: string) => ({
  path: name,
  bytes: readFileSync(new URL(`../fixtures/records/${name}`, import.meta.url)),
});
const seedPath = new URL('../../content/abstracts/j-transl-med-2020-18-14.md', import.meta.url);
const seedEntry = readFileSync(seedPath, 'utf8');
/** The seed entry as it was before PubMed's exports were read: the plain-text record's, its title and authors typed in by hand. */
const handTyped = {
  title:
    'Perceptions of artificial intelligence in healthcare: findings from a qualitative survey study among actors in France',
  authors: ['Laï MC', 'Brian M', 'Mamzer MF'],
};

function importSeed(
  names: string[],
  entries = [indexEntry({ name: 'j-transl-med-2020-18-14', path: 'seed.md', text: seedEntry })],
  force = false,
) {
  return planImport(names.map(fixture).flatMap(compileFile), entries, { force, pathOf: (name) => `${name}.md` });
}

function frontmatter(text: string): Record<string, unknown> {
  return load(text.split('\n---\n')[0]?.replace(/^---\n/, '') ?? '', { schema: FAILSAFE_SCHEMA }) as Record<
    string,
    unknown
  >;
}

describe('the seed paper from its MEDLINE record and its plain-text record', () => {
  const plan = importSeed(['seed.nbib', 'seed.txt'], []);
  const [outcome] = plan.outcomes;

  test('make one entry, without a warning', () => {
    expect(plan.errors).toEqual([]);
    expect(plan.warnings).toEqual([]);
    expect(plan.outcomes.map(({ status, name }) => ({ status, name }))).toEqual([
      { status: 'created', name: 'j-transl-med-2020-18-14' },
    ]);
  });

  test('equal the plain-text entry with its hand-typed title and authors, plus PMID, keywords and full author names', () => {
    const merged = frontmatter(outcome?.text ?? '');
    const plain = frontmatter(importSeed(['seed.txt'], []).outcomes[0]?.text ?? '');
    const { authors, pmid, keywords, publicationTypes, ...rest } = merged;
    expect(rest).toEqual({ ...plain, title: handTyped.title });
    expect((authors as { name: string }[]).map((author) => author.name)).toEqual(handTyped.authors);
    expect(authors).toEqual([
      { name: 'Laï MC', family: 'Laï', given: 'Marie-Catherine', affiliations: ['1'] },
      { name: 'Brian M', family: 'Brian', given: 'Matthieu', affiliations: ['2'] },
      { name: 'Mamzer MF', family: 'Mamzer', given: 'Marie-France', affiliations: ['1'] },
    ]);
    expect(pmid).toBe('31918710');
    expect(keywords).toEqual([
      'Artificial intelligence',
      'Grounded theory',
      'Health professionals',
      'Patients',
      'Responsibility',
    ]);
    expect(publicationTypes).toEqual(['Journal Article']);
    // The body is the plain-text record's: its English abstract and its Chinese one.
    expect(outcome?.text.slice(outcome.text.indexOf('\n---\n'))).toBe(
      importSeed(['seed.txt'], []).outcomes[0]?.text.slice(
        outcome?.text.indexOf('\n---\n') === undefined
          ? 0
          : importSeed(['seed.txt'], []).outcomes[0]?.text.indexOf('\n---\n'),
      ),
    );
  });

  test('are, byte for byte, the committed seed entry', () => {
    expect(outcome?.text).toBe(seedEntry);
  });
});

describe('the committed seed entry', () => {
  test('is left byte for byte as it is when its records are imported over it, one or both, forced or not', () => {
    for (const names of [['seed.txt'], ['seed.nbib'], ['seed.nbib', 'seed.txt']]) {
      for (const force of [false, true]) {
        const plan = importSeed(names, undefined, force);
        expect(plan.errors).toEqual([]);
        expect(plan.outcomes.map(({ status, text }) => ({ status, text }))).toEqual([
          { status: 'unchanged', text: seedEntry },
        ]);
      }
    }
  });

  test('as it was, with authors typed in NLM form, gains full names, affiliations, PMID and keywords from the MEDLINE record', () => {
    const before = importSeed(['seed.txt'], []).outcomes[0]?.text.replace(
      /^---\n/,
      `---\ntitle: "${handTyped.title}"\nauthors:\n${handTyped.authors.map((name) => `  - ${name}\n`).join('')}`,
    );
    const plan = importSeed(
      ['seed.nbib'],
      [indexEntry({ name: 'j-transl-med-2020-18-14', path: 'seed.md', text: before ?? '' })],
    );
    expect(plan.errors).toEqual([]);
    expect(plan.outcomes.map(({ status, text }) => ({ status, text }))).toEqual([
      { status: 'updated', text: seedEntry },
    ]);
  });
});
