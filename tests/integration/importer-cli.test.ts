import { execFile } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';

const cli = fileURLToPath(new URL('../../src/importer/cli.ts', import.meta.url));
const seedRecord = fileURLToPath(new URL('../fixtures/records/seed.txt', import.meta.url));
const seedEntry = fileURLToPath(new URL('../../content/abstracts/j-transl-med-2020-18-14.md', import.meta.url));
const fixture = (path: string) => fileURLToPath(new URL(`../fixtures/importer/${path}`, import.meta.url));

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'importer-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** Runs `npm run import -- ...args` as a maintainer would (in `dir`, so paths print relative to it). */
function run(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [cli, ...args], { cwd: dir }, (error, stdout, stderr) => {
      resolve({ code: error ? Number(error.code) : 0, stdout, stderr });
    });
  });
}

const files = (folder: string) => (existsSync(join(dir, folder)) ? readdirSync(join(dir, folder)).sort() : []);

// Each test starts Node and loads the importer (about a second, more on a busy machine).
describe('npm run import', { timeout: 30_000 }, () => {
  argumentTests();
  importTests();
  refusalTests();
  pubmedTests();
  largeBatchTests();
});

/** PubMed's exports, found in a folder by their content, merged with plain-text records. */
function pubmedTests() {
  test('a folder with the seed as a .nbib export and as a plain-text record makes the committed seed entry', async () => {
    mkdirSync(join(dir, 'records'));
    cpSync(seedRecord, join(dir, 'records/seed.txt'));
    cpSync(fixture('../records/seed.nbib'), join(dir, 'records/pubmed-31918710.nbib'));
    const { code, stdout, stderr } = await run('records');
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    expect(stdout).toBe(
      'created   content/abstracts/j-transl-med-2020-18-14.md  <- records/pubmed-31918710.nbib, records/seed.txt\n' +
        '1 created, 0 updated, 0 unchanged\n',
    );
    expect(readFileSync(join(dir, 'content/abstracts/j-transl-med-2020-18-14.md'), 'utf8')).toBe(
      readFileSync(seedEntry, 'utf8'),
    );
  });

  test.each([
    ['refuse-xml-truncated', 'export.xml:42: not well-formed XML'],
    ['refuse-medline-tag-without-value', 'pubmed.nbib:9: the tag TI has no value'],
    ['refuse-medline-record-without-pmid', 'pubmed.nbib:35: this record has no PMID'],
    ['refuse-medline-two-records-one-doi', 'pubmed.nbib:48: DOI 10.1038/s41591-022-02105-x is also the DOI of'],
  ])('%s: refused with FILE:LINE, and nothing written, the good records beside it neither', async (name, message) => {
    cpSync(fixture(`${name}/input`), join(dir, 'records'), { recursive: true });
    cpSync(seedRecord, join(dir, 'records/seed.txt'));
    const { code, stdout, stderr } = await run('records');
    expect({ code, stdout }).toEqual({ code: 1, stdout: '' });
    expect(stderr).toContain(`records/${message}`);
    expect(stderr).toMatch(/; nothing written\n$/);
    expect(existsSync(join(dir, 'content'))).toBe(false);
  });
}

/** What it says about itself, and the arguments it will not take. */
function argumentTests() {
  test('--help says how to call it, every option and the exit statuses', async () => {
    const { code, stdout } = await run('--help');
    expect(code).toBe(0);
    for (const text of ['npm run import -- ', '--out DIR', '--dry-run', '--force', 'FILE:LINE', 'Exit status: 0'])
      expect(stdout).toContain(text);
  });

  test.each([
    [['--frobnicate', 'x.txt'], "Unknown option '--frobnicate'"],
    [[], 'expected at least one record file or folder'],
    [['missing.txt'], 'missing.txt: no such file or folder'],
    [['--out', 'package.json', 'package.json'], '--out package.json is a file; expected a folder'],
  ])('refuses the arguments %j with exit status 2', async (args, message) => {
    writeFileSync(join(dir, 'package.json'), '{}');
    const { code, stderr } = await run(...args);
    expect(code).toBe(2);
    expect(stderr).toContain(message);
  });
}

/** Importing records into a folder of entries: created, unchanged, or only shown. */
function importTests() {
  test('imports every *.txt under a folder, once, and a second run changes nothing', async () => {
    mkdirSync(join(dir, 'records/more'), { recursive: true });
    mkdirSync(join(dir, 'records/.hidden'));
    cpSync(seedRecord, join(dir, 'records/seed.txt'));
    cpSync(fixture('citation-no-issue/input/record.txt'), join(dir, 'records/more/npj.txt'));
    cpSync(fixture('citation-no-issue/input/record.txt'), join(dir, 'records/.hidden/copy.txt'));
    writeFileSync(join(dir, 'records/README.md'), 'Not a record.');

    const first = await run('records', '--out', 'site/content');
    expect(first).toEqual({
      code: 0,
      stdout:
        'created   site/content/npj-digit-med-2019-2-56.md  <- records/more/npj.txt\n' +
        'created   site/content/j-transl-med-2020-18-14.md  <- records/seed.txt\n' +
        '2 created, 0 updated, 0 unchanged\n',
      stderr: '',
    });
    expect(files('site/content')).toEqual(['j-transl-med-2020-18-14.md', 'npj-digit-med-2019-2-56.md']);
    const written = statSync(join(dir, 'site/content/j-transl-med-2020-18-14.md')).mtimeMs;

    const second = await run('records', '--out', 'site/content');
    expect(second.stdout).toContain('unchanged site/content/j-transl-med-2020-18-14.md  <- records/seed.txt');
    expect(second.stdout).toContain('0 created, 0 updated, 2 unchanged');
    expect(statSync(join(dir, 'site/content/j-transl-med-2020-18-14.md')).mtimeMs).toBe(written);
  });

  test('imports the seed record over the committed seed entry without changing a byte', async () => {
    mkdirSync(join(dir, 'content/abstracts'), { recursive: true });
    cpSync(seedEntry, join(dir, 'content/abstracts/j-transl-med-2020-18-14.md'));
    cpSync(seedRecord, join(dir, 'seed.txt'));
    for (const args of [['seed.txt'], ['--force', 'seed.txt']]) {
      const { code, stdout } = await run(...args);
      expect(code).toBe(0);
      expect(stdout).toContain('unchanged content/abstracts/j-transl-med-2020-18-14.md  <- seed.txt');
      expect(readFileSync(join(dir, 'content/abstracts/j-transl-med-2020-18-14.md'), 'utf8')).toBe(
        readFileSync(seedEntry, 'utf8'),
      );
    }
  });

  test('--dry-run prints what would happen and writes nothing', async () => {
    cpSync(seedRecord, join(dir, 'seed.txt'));
    const { code, stdout } = await run('--dry-run', 'seed.txt');
    expect(code).toBe(0);
    expect(stdout).toBe(
      'created   content/abstracts/j-transl-med-2020-18-14.md  <- seed.txt\n' +
        '1 created, 0 updated, 0 unchanged (dry run: nothing written)\n',
    );
    expect(existsSync(join(dir, 'content'))).toBe(false);
  });
}

/** Refusing a batch with a bad record, and an entry a maintainer corrected. */
function refusalTests() {
  test('writes nothing at all when one record of the batch is refused, and exits with status 1', async () => {
    cpSync(fixture('refuse-whole-batch-for-one-bad-record/input'), join(dir, 'records'), { recursive: true });
    const { code, stdout, stderr } = await run('records', '--out', 'out');
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toBe(
      'records/b-bad.txt:3: no abstract after the citation line; expected the English abstract, the Chinese abstract, or both\n' +
        'import: 1 of 2 records refused; nothing written\n',
    );
    expect(existsSync(join(dir, 'out'))).toBe(false);
  });

  test('refuses to overwrite a maintainer’s correction, showing it, unless --force, and keeps the title', async () => {
    const entry = 'out/j-sleep-res-2021-30-e13120.md';
    cpSync(fixture('refuse-entry-a-maintainer-corrected/existing'), join(dir, 'out'), { recursive: true });
    cpSync(fixture('refuse-entry-a-maintainer-corrected/input/record.txt'), join(dir, 'record.txt'));
    const corrected = readFileSync(join(dir, entry), 'utf8');

    const refused = await run('record.txt', '--out', 'out');
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain(`record.txt:1: ${entry} differs from this record`);
    expect(refused.stderr).toContain('~ 午睡后反应时间[-明显缩短-]{+有所改善+}(p=0.01),休息后则没有。');
    expect(readFileSync(join(dir, entry), 'utf8')).toBe(corrected);

    const forced = await run('record.txt', '--out', 'out', '--force');
    expect(forced.code).toBe(0);
    expect(forced.stdout).toContain(`updated   ${entry}  <- record.txt`);
    const text = readFileSync(join(dir, entry), 'utf8');
    expect(text).toContain('午睡后反应时间有所改善');
    expect(text).toContain('title: "Naps and attention: a randomised trial"');
    expect(files('out')).toEqual(['j-sleep-res-2021-30-e13120.md']);
  });
}

/** A thousand records at once, shared among threads. */
function largeBatchTests() {
  test('imports a large batch, shared among threads, as it imports each record alone', async () => {
    const record = readFileSync(fixture('citation-electronic-locator/input/record.txt'), 'utf8');
    mkdirSync(join(dir, 'many'));
    for (let n = 0; n < 1000; n++) {
      const text = record
        .replace('15(1):e0227592', `15(1):e${String(n).padStart(7, '0')}`)
        .replace('10.1371/journal.pone.0227592', `10.1371/journal.pone.${n}`);
      writeFileSync(join(dir, 'many', `${String(n).padStart(4, '0')}.txt`), text);
    }
    const { code, stdout } = await run('many', '--out', 'out');
    expect(code).toBe(0);
    expect(stdout.split('\n').at(-2)).toBe('1000 created, 0 updated, 0 unchanged');
    expect(files('out')).toHaveLength(1000);
    // Entries a maintainer annotated are read again (shared among threads too) and kept.
    for (const name of files('out')) {
      const path = join(dir, 'out', name);
      writeFileSync(path, readFileSync(path, 'utf8').replace('\n---\n', '\nnotes: Checked.\n---\n'));
    }
    const again = await run('many', '--out', 'out');
    expect(again.stdout.split('\n').at(-2)).toBe('0 created, 0 updated, 1000 unchanged');
    expect(readFileSync(join(dir, 'out/plos-one-2020-15-e0000999.md'), 'utf8')).toContain('notes: Checked.');
    const alone = await run(join('many', '0999.txt'), '--out', 'alone');
    expect(alone.code).toBe(0);
    expect(readFileSync(join(dir, 'out/plos-one-2020-15-e0000999.md'), 'utf8')).toBe(
      readFileSync(join(dir, 'alone/plos-one-2020-15-e0000999.md'), 'utf8').replace(
        '\n---\n',
        '\nnotes: Checked.\n---\n',
      ),
    );
  }, 60_000);
}
