import { expect, test } from 'vitest';
import { siteUrl, useBrowser } from './support/page.ts';
import { seedSlug } from './support/seed.ts';

const { open } = useBrowser();

test('without JavaScript every page and every link of the site works, fragments included', async () => {
  const page = await open('', { javaScriptEnabled: false });
  const origin = new URL(siteUrl('')).origin;
  const toVisit = [siteUrl('')];
  const visited = new Map<string, string[]>(); // page URL -> its element ids
  const fragments: { from: string; to: string; id: string }[] = [];
  while (toVisit.length > 0) {
    const url = toVisit.shift()!;
    if (visited.has(url)) continue;
    const response = await page.goto(url);
    expect(response?.status(), url).toBe(200);
    visited.set(url, await page.locator('[id]').evaluateAll((elements) => elements.map((element) => element.id)));
    const links = await page
      .locator('a[href]:not([download])')
      .evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
    // Files offered for download (reference files) are fetched, not opened as pages.
    for (const file of await page
      .locator('a[href][download]')
      .evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href))) {
      expect((await page.request.get(file)).status(), file).toBe(200);
    }
    // The alternates name the production host; the same paths are checked here.
    const alternates = await page
      .locator('link[rel="alternate"][hreflang]')
      .evaluateAll((ls) => ls.map((l) => new URL(l.getAttribute('href')!).pathname));
    const targets = [...links, ...alternates.map((path) => new URL(path, origin).href)];
    for (const target of targets) {
      const link = new URL(target);
      if (link.origin !== origin) continue;
      const id = decodeURIComponent(link.hash.slice(1));
      link.hash = '';
      if (id) fragments.push({ from: url, to: link.href, id });
      if (!visited.has(link.href)) toVisit.push(link.href);
    }
  }
  const paths = [...visited.keys()].map((url) => new URL(url).pathname);
  expect(paths).toEqual(expect.arrayContaining(['/', '/en/', '/zh/', `/en/${seedSlug}/`, `/zh/${seedSlug}/`]));
  for (const { from, to, id } of fragments) expect(visited.get(to), `${from} links to ${to}#${id}`).toContain(id);
});
