import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import type { Outcome } from '../../src/importer/batch.ts';
import { commitOutcomes } from '../../src/importer/files.ts';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'importer-files-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const outcome = (name: string, status: Outcome['status'], text: string): Outcome => ({
  record: `${name}.txt`,
  name,
  path: `${name}.md`,
  status,
  text,
  languages: ['en'],
});

describe('commitOutcomes', () => {
  test('writes the created and updated entries, leaves unchanged ones alone, and no temporary file behind', () => {
    writeFileSync(join(dir, 'b.md'), 'old b');
    writeFileSync(join(dir, 'c.md'), 'c as the maintainer left it');
    commitOutcomes(dir, [
      outcome('a', 'created', 'new a'),
      outcome('b', 'updated', 'new b'),
      outcome('c', 'unchanged', 'c as the importer would write it'),
    ]);
    expect(readdirSync(dir).sort()).toEqual(['a.md', 'b.md', 'c.md']);
    expect(['a.md', 'b.md', 'c.md'].map((name) => readFileSync(join(dir, name), 'utf8'))).toEqual([
      'new a',
      'new b',
      'c as the maintainer left it',
    ]);
  });

  test('changes no entry at all when one of the batch cannot be written', () => {
    writeFileSync(join(dir, 'a.md'), 'old a');
    // A folder where the second temporary file should go makes that write fail.
    mkdirSync(join(dir, `.b.md.${process.pid}.tmp`));
    expect(() => commitOutcomes(dir, [outcome('a', 'updated', 'new a'), outcome('b', 'created', 'new b')])).toThrow(
      /EISDIR/,
    );
    expect(readFileSync(join(dir, 'a.md'), 'utf8')).toBe('old a');
    expect(readdirSync(dir).sort()).toEqual([`.b.md.${process.pid}.tmp`, 'a.md']);
  });
});
