// @ts-check
import { defineConfig } from 'astro/config';
import { pagefindIntegration } from './src/search/dev-server.ts';
import { astroCsp } from './src/security/content-security-policy.ts';
import sitemap from '@astrojs/sitemap';
import { contentStoreFromFile } from './src/papers/content-store-module.ts';
import { sitemapLinks } from './src/metadata/sitemap-links.ts';
import { base, site } from './src/lib/site-address.ts';
import { slugToken } from './src/routes/old-addresses.ts';
import { astroOutputs } from './src/build/astro-outputs.ts';

// `SITE` and `BASE` (src/lib/site-address.ts) let one build serve from any host and sub-path;
// `OUT_DIR` lets tests and the benchmark build a second site without touching `dist/`, and
// `CACHE_DIR` gives such a build a content cache of its own (a clean build, run beside others).
export default defineConfig({
  site,
  base,
  outDir: process.env.OUT_DIR ?? './dist',
  cacheDir: process.env.CACHE_DIR ?? './node_modules/.astro',
  trailingSlash: 'always',
  // A Content-Security-Policy `<meta>` on every page (src/security/content-security-policy.ts).
  security: { csp: astroCsp() },
  // Scripts and stylesheets stay files, never inlined: the policy refuses inline code, and the
  // header files for static hosts carry no per-page hashes. One page at a time left the thread
  // idle a third of the time, waiting on each page's file to be written: four at a time render
  // while others are written (the same files, byte for byte; see README, "Benchmark").
  build: { inlineStylesheets: 'never', concurrency: 4 },
  // The search index is built from the finished pages, at the end of every build.
  integrations: [
    sitemap({
      // Pages only: the reference files, feeds and robots.txt are not pages to index, and the
      // page of old language-less addresses is only a stand-in (src/routes/old-addresses.ts).
      filter: (url) => url.endsWith('/') && !url.endsWith(`/${slugToken}/`),
      serialize: (item) => ({ ...item, links: sitemapLinks(item.url, new URL(base.replace(/\/?$/, '/'), site).href) }),
    }),
    pagefindIntegration(),
    // The pages read the content store from its file, not from one huge string literal.
    contentStoreFromFile(),
    // What a rebuild into the same folder keeps (scripts/build.ts).
    astroOutputs(),
  ],
  // A rebuild renders again only the pages whose paper or code changed; the rest are copied from
  // the last build kept in `cacheDir`, or left where they are when `scripts/build.ts` keeps the
  // output folder of the last build (`KEEP_OUT_DIR`; see README, "Rebuilds").
  experimental: { incrementalBuild: true },
  vite: {
    build: { assetsInlineLimit: 0, ...(process.env.KEEP_OUT_DIR === '1' ? { emptyOutDir: false } : {}) },
    // Built sites and the benchmark's scratch sites (100,000 files at 10,000 papers) are not
    // sources: watching them made `astro dev` take 40 s to start.
    server: { watch: { ignored: ['**/dist*/**', '**/bench/out/**'] } },
  },
});
