// @ts-check
import { defineConfig } from 'astro/config';
import { abstractProcessor } from './src/plugins/index.ts';

// `SITE` and `BASE` let one build serve from any host and sub-path (see README, "Deploy");
// `OUT_DIR` lets tests and the benchmark build a second site without touching `dist/`.
export default defineConfig({
  site: process.env.SITE ?? 'https://abstract-reader.example.org',
  base: process.env.BASE ?? '/',
  outDir: process.env.OUT_DIR ?? './dist',
  trailingSlash: 'always',
  markdown: { processor: abstractProcessor, syntaxHighlight: false },
});
