import { describe, expect, test } from 'vitest';
import { builtSites } from './support/built-sites.ts';
import { servedUrl, useChromium } from './support/served.ts';

const { withPage } = useChromium();

describe('a missing address', () => {
  test.each(builtSites.map((site) => [site.name, site] as const))(
    'on %s answers 404 with a page in both languages whose links lead home',
    async (_name, site) => {
      await withPage({ javaScriptEnabled: false }, async (tab) => {
        const response = await tab.goto(servedUrl(site, 'en/no-such-paper/deeper/'));
        expect(response?.status()).toBe(404);
        expect(await tab.getAttribute('html', 'lang')).toBe('en');
        expect(await tab.locator('section[lang="en"] h1').textContent()).toBe('Page not found');
        expect(await tab.locator('section[lang="zh-Hans"] h1').textContent()).toBe('找不到页面');
        expect(await tab.getAttribute('meta[name="robots"]', 'content')).toBe('noindex');
        await tab.locator('section[lang="zh-Hans"] a').click();
        expect(tab.url()).toBe(servedUrl(site, 'zh/index.html'));
        expect(await tab.getAttribute('html', 'lang')).toBe('zh-Hans');
      });
    },
  );
});
