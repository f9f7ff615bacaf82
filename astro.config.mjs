// @ts-check
import { defineConfig } from 'astro/config';
import sitemap from '@astrojs/sitemap';
import { abstractProcessor } from './src/plugins/index.ts';
import { sitemapLinks } from './src/lib/sitemap-links.ts';

// `SITE` and `BASE` let one build serve from any host and sub-path (see README, "Deploy");
// `OUT_DIR` lets tests and the benchmark build a second site without touching `dist/`.
const site = process.env.SITE ?? 'https://abstract-reader.example.org';
const base = process.env.BASE ?? '/';

export default defineConfig({
  site,
  base,
  outDir: process.env.OUT_DIR ?? './dist',
  trailingSlash: 'always',
  markdown: { processor: abstractProcessor },
  integrations: [
    sitemap({
      // Pages only: the reference files, feeds and robots.txt are not pages to index.
      filter: (url) => url.endsWith('/'),
      serialize: (item) => ({ ...item, links: sitemapLinks(item.url, new URL(base.replace(/\/?$/, '/'), site).href) }),
    }),
  ],
  // The Content-Security-Policy allows scripts from the site only (`script-src 'self'`): no
  // script is inlined into a page, however small; other assets keep Vite's default limit.
  vite: { build: { assetsInlineLimit: (file) => (file.endsWith('.js') ? false : undefined) } },
});
