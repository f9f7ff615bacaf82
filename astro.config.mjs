// @ts-check
import { defineConfig } from 'astro/config';
import { pagefindIntegration } from './src/integrations/pagefind.ts';
import { abstractProcessor } from './src/plugins/index.ts';

// `SITE` and `BASE` let one build serve from any host and sub-path (see README, "Deploy");
// `OUT_DIR` lets tests and the benchmark build a second site without touching `dist/`.
export default defineConfig({
  site: process.env.SITE ?? 'https://abstract-reader.example.org',
  base: process.env.BASE ?? '/',
  outDir: process.env.OUT_DIR ?? './dist',
  trailingSlash: 'always',
  markdown: { processor: abstractProcessor, syntaxHighlight: false },
  // The search index is built from the finished pages, at the end of every build.
  integrations: [pagefindIntegration()],
  // Never inline bundled scripts into the HTML: a Content-Security-Policy of
  // `script-src 'self'` refuses inline scripts.
  vite: { build: { assetsInlineLimit: 0 } },
});
