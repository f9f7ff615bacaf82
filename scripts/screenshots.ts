/**
 * Screenshots of the seed paper's views for the README, taken from the built site:
 *
 *   npm run build && node_modules/.bin/node scripts/screenshots.ts
 *
 * Serves `dist/` (or `OUT_DIR`) the way the end-to-end tests do, opens each view in Chromium at
 * a phone's width (375 px) and a desktop's (1280 px), and writes the first screen of each as
 * `docs/screenshots/<view>-<width>.png`.
 */
import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { launchBrowser } from '../tests/e2e/support/browser.ts';
import { serveStatic } from '../tests/e2e/support/server.ts';

const root = new URL('../', import.meta.url);
const dist = fileURLToPath(new URL(`${process.env['OUT_DIR'] ?? 'dist'}/`, root));
const out = new URL('docs/screenshots/', root);
const slug = 'j-transl-med-2020-18-14';

const views = [
  { name: 'english', path: `en/${slug}/` },
  { name: 'chinese', path: `zh/${slug}/` },
  // On a phone the title fills the first screen; start where the two languages are stacked.
  { name: 'parallel', path: `en/${slug}/#side-by-side`, phonePath: `en/${slug}/#side-by-side-background` },
];
const viewports = [
  { width: 375, height: 812, phone: true },
  { width: 1280, height: 800, phone: false },
];

await mkdir(out, { recursive: true });
const server = await serveStatic(dist);
const browser = await launchBrowser();
try {
  for (const { phone, ...viewport } of viewports) {
    const context = await browser.newContext({ viewport, colorScheme: 'light' });
    const page = await context.newPage();
    for (const view of views) {
      const path = (phone && view.phonePath) || view.path;
      const response = await page.goto(new URL(path, server.url).href);
      if (!response?.ok()) throw new Error(`${path} answered ${response?.status()}: is ${dist} built?`);
      const file = new URL(`${view.name}-${viewport.width}.png`, out);
      await page.screenshot({ path: fileURLToPath(file) });
      console.log(fileURLToPath(file));
    }
    await context.close();
  }
} finally {
  await browser.close();
  await server.close();
}
