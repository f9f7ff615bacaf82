import { readFileSync, readdirSync } from 'node:fs';
import { expect, test } from 'vitest';

/**
 * `patches/astro+<version>.patch` (applied by patch-package on install) stops Astro from
 * serializing an unchanged content store on every build; see
 * docs/upstream/astro-store-rewritten-every-build.md. When Astro is updated, this fails: check
 * whether the new version fixed it (then delete the patch), or make the patch again for it.
 */
const root = new URL('../../', import.meta.url);
const patches = readdirSync(new URL('patches/', root)).filter((name) => name.startsWith('astro+'));
const astroVersion = (
  JSON.parse(readFileSync(new URL('node_modules/astro/package.json', root), 'utf8')) as { version: string }
).version;

test('the Astro patch was made for the Astro installed', () => {
  expect(patches).toEqual([`astro+${astroVersion}.patch`]);
});

test('the Astro patch is applied: every line it adds is in the installed file', () => {
  const patch = readFileSync(new URL(`patches/${patches[0]}`, root), 'utf8');
  const file = /^\+\+\+ b\/(\S+)$/m.exec(patch)?.[1];
  expect(file).toBe('node_modules/astro/dist/content/content-layer.js');
  const installed = readFileSync(new URL(file ?? '', root), 'utf8');
  const added = patch
    .split('\n')
    .filter((line) => line.startsWith('+') && !line.startsWith('+++'))
    .map((line) => line.slice(1));
  expect(added.length).toBeGreaterThan(0);
  for (const line of added) expect(installed).toContain(line);
});
