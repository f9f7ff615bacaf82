import { gzipSync } from 'node:zlib';
import { expect, test } from 'vitest';
import { useBrowser } from './support/page.ts';
import { seedSlug } from './support/seed.ts';

const { open } = useBrowser();

/** The gzipped size of what `url` answers. */
async function gzipped(url: string): Promise<number> {
  return gzipSync(Buffer.from(await (await fetch(url)).arrayBuffer())).length;
}

test.each(['en', 'zh'])(
  'the seed paper page in /%s/, side-by-side view included, stays within its budgets',
  async (lang) => {
    const page = await open(`${lang}/${seedSlug}/`);
    const stylesheets = await page
      .locator('link[rel="stylesheet"]')
      .evaluateAll((links) => links.map((link) => (link as HTMLLinkElement).href));
    // Every script the page loaded before any search (module imports included).
    const scripts = await page.evaluate(() =>
      performance
        .getEntriesByType('resource')
        .map((entry) => entry.name)
        .filter((name) => new URL(name).pathname.endsWith('.js')),
    );
    expect(scripts.length).toBeGreaterThan(0);
    const htmlAndCss = (await Promise.all([page.url(), ...stylesheets].map(gzipped))).reduce((a, b) => a + b, 0);
    const javaScript = (await Promise.all(scripts.map(gzipped))).reduce((a, b) => a + b, 0);
    expect(htmlAndCss).toBeLessThanOrEqual(14_600);
    expect(javaScript).toBeLessThanOrEqual(10 * 1024);
  },
);
