import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, expect, test } from 'vitest';
import { siteBuild } from './support/site-build.ts';

const content = fileURLToPath(new URL('../fixtures/site/abstracts/', import.meta.url));
let work: string | undefined;
afterAll(async () => {
  if (work) await rm(work, { recursive: true, force: true });
});

async function files(dir: string): Promise<Map<string, Buffer>> {
  const names = (await readdir(dir, { recursive: true, withFileTypes: true })).filter((entry) => entry.isFile());
  const entries = await Promise.all(
    names.map(async (entry) => {
      const path = join(entry.parentPath, entry.name);
      return [path.slice(dir.length + 1), await readFile(path)] as const;
    }),
  );
  return new Map(entries);
}

test('two clean builds of the same content are byte for byte the same', { timeout: 300_000 }, async () => {
  work = await mkdtemp(join(tmpdir(), 'abstract-reader-twice-'));
  const builds: Map<string, Buffer>[] = [];
  for (const name of ['first', 'second']) {
    const { code, output } = await siteBuild(
      { CONTENT_DIR: content, OUT_DIR: join(work, name), BASE: '/fixture-site/' },
      join(work, `cache-${name}`),
    );
    expect(code, output).toBe(0);
    builds.push(await files(join(work, name)));
  }
  const [first, second] = builds as [Map<string, Buffer>, Map<string, Buffer>];
  const differences = [...new Set([...first.keys(), ...second.keys()])].sort().flatMap((file) => {
    const a = first.get(file);
    const b = second.get(file);
    if (!a || !b) return [`${file}: only in the ${a ? 'first' : 'second'} build`];
    return a.equals(b) ? [] : [`${file}: differs`];
  });
  expect(first.size).toBeGreaterThan(10);
  expect(differences).toEqual([]);
});
