import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { builtSites, everyPage, pagePath, type BuiltSite } from './support/built-sites.ts';
import { serveStatic, type StaticServer } from './support/server.ts';
import { useChromium } from './support/served.ts';

/** The headers `public/_headers` gives every path (`/*`), as a static host sends them. */
function headersFile(site: BuiltSite): Record<string, string> {
  const text = readFileSync(join(site.dir, '_headers'), 'utf8');
  const block = /^\/\*\n((?: {2}.+\n?)+)/m.exec(text)?.[1] ?? '';
  return Object.fromEntries(
    block
      .trim()
      .split('\n')
      .map((line) => line.trim().split(/:\s*(.*)/s, 2) as [string, string]),
  );
}

const { withPage } = useChromium();
const servers = new Map<string, StaticServer>();
beforeAll(async () => {
  for (const site of builtSites)
    servers.set(site.name, await serveStatic(site.dir, site.root.pathname, headersFile(site)));
});
afterAll(async () => {
  await Promise.all([...servers.values()].map((server) => server.close()));
});

/**
 * Opens a page as served with the header file, uses its search box if it has one (so the
 * search script loads its index and WebAssembly), runs `act`, and returns every Content
 * Security Policy violation the browser reported, as events and as console messages.
 */
async function violationsOn(site: BuiltSite, page: string, act: (tab: Page) => Promise<void> = async () => {}) {
  return withPage({}, async (tab) => {
    const found: string[] = [];
    tab.on('console', (message) => {
      if (/content security policy|refused to/i.test(message.text())) found.push(`console: ${message.text()}`);
    });
    await tab.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (event) => {
        const w = window as unknown as { cspViolations?: string[] };
        (w.cspViolations ??= []).push(`${event.effectiveDirective} refused ${event.blockedURI}`);
      });
    });
    const response = await tab.goto(new URL(pagePath(page), servers.get(site.name)!.url).href, {
      waitUntil: 'networkidle',
    });
    expect(response?.headers()['content-security-policy']).toBe(headersFile(site)['Content-Security-Policy']);
    for (const search of await tab.locator('input[type="search"]').all()) {
      if (await search.isVisible()) {
        await search.fill('abstract');
        await tab.waitForLoadState('networkidle');
      }
    }
    await act(tab);
    const events = await tab.evaluate(() => (window as unknown as { cspViolations?: string[] }).cspViolations ?? []);
    return [...events, ...found];
  });
}

describe('served with the header file, no page breaks its Content-Security-Policy', () => {
  test.each(everyPage)('%s', async (_name, site, page) => {
    expect(await violationsOn(site, page)).toEqual([]);
  });

  test('while an inline script injected into a page is refused by both policies, and reported', async () => {
    const [site] = builtSites;
    let ran: unknown;
    const violations = await violationsOn(site!, 'en/', async (tab) => {
      ran = await tab.evaluate(() => {
        const script = document.createElement('script');
        script.textContent = 'window.injected = true';
        document.body.append(script);
        return (window as unknown as { injected?: boolean }).injected;
      });
    });
    expect(ran).toBeUndefined();
    // Refused twice: by the header and by the page's own <meta> policy.
    expect(violations.filter((violation) => violation === 'script-src-elem refused inline')).toHaveLength(2);
  });
});
