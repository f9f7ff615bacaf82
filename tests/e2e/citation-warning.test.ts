import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { siteBuild } from './support/site-build.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const seed = fileURLToPath(new URL('../../content/abstracts/j-transl-med-2020-18-14.md', import.meta.url));

let work: string;
let build: { code: number | null; output: string };
const named = (name: string) => relative(root, join(work, 'content', name));

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'abstract-reader-incomplete-'));
  await cp(seed, join(work, 'content', 'j-transl-med-2020-18-14.md'));
  await writeFile(
    join(work, 'content', 'no-title-no-authors.md'),
    '---\njournal: BMJ\ndate: 1998\n---\n\n# en\n\nA.\n',
  );
  await writeFile(
    join(work, 'content', 'no-authors.md'),
    '---\ntitle: A title without authors\njournal: BMJ\ndate: 1999\n---\n\n# en\n\nB.\n',
  );
  build = await siteBuild({ CONTENT_DIR: join(work, 'content'), OUT_DIR: join(work, 'site') }, join(work, 'cache'));
}, 180_000);
afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

test('a build with papers lacking a title or authors succeeds, with one warning naming each and what it lacks', () => {
  expect(build.code).toBe(0);
  const warnings = build.output.split('\n').filter((line) => line.includes('cannot be cited in full'));
  expect(warnings).toHaveLength(1);
  expect(warnings[0]).toContain('2 of 3 papers');
  expect(warnings[0]).toContain(`${named('no-authors.md')} (no authors)`);
  expect(warnings[0]).toContain(`${named('no-title-no-authors.md')} (no title, no authors)`);
  expect(warnings[0]).not.toContain('j-transl-med-2020-18-14');
  expect(warnings[0]).toContain('npm run import');
});
