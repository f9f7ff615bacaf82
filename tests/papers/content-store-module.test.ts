import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { stringify } from 'devalue';
import { expect, test } from 'vitest';
import { contentStoreModule, contentStoreModuleId } from '../../src/papers/content-store-module.ts';
import { scratchFolders } from '../support/scratch-folders.ts';
const folder = scratchFolders('content-store-module-');

/** What a module's code exports by default, run as Node runs the build's bundle. */
async function exported(code: string): Promise<unknown> {
  const module = (await import(`data:text/javascript,${encodeURIComponent(code)}`)) as { default: unknown };
  return module.default;
}

test('the module reads the same value from the store file as the string literal Astro would bundle', async () => {
  const store = stringify(
    new Map([['abstracts', new Map([['a', { id: 'a', data: { title: '扎根理论 "quoted"' } }]])]]),
  );
  const dir = await folder({ 'data-store.json': store });
  const file = join(dir, 'data-store.json');
  // Astro's own module: `export default JSON.parse(<the file as one literal>)`.
  const astros = `export default JSON.parse(${JSON.stringify(await readFile(file, 'utf8'))})`;
  expect(await exported(contentStoreModule(file))).toEqual(await exported(astros));
});

test('without a store file the module is an empty store, as Astro’s is', async () => {
  const dir = await folder({});
  expect(await exported(contentStoreModule(join(dir, 'data-store.json')))).toEqual(new Map());
});

test('Astro still names its content store module as this plugin expects', async () => {
  // If this fails, Astro has renamed the module: the plugin would never see it (the build says so).
  const consts = await readFile(new URL('../../node_modules/astro/dist/content/consts.js', import.meta.url), 'utf8');
  expect(consts).toContain(`const DATA_STORE_VIRTUAL_ID = ${JSON.stringify(contentStoreModuleId.slice(1))};`);
  expect(consts).toContain('const RESOLVED_DATA_STORE_VIRTUAL_ID = "\\0" + DATA_STORE_VIRTUAL_ID;');
});
