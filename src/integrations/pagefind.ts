import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import * as pagefind from 'pagefind';
import { langs, locales } from '../i18n/locales.ts';
import { pagefindDir } from '../lib/paths.ts';

/**
 * Indexes the built site with Pagefind's Node API at the end of every `astro build` (as
 * Starlight does), so no build, the tests' included, ships without search. Pagefind reads
 * `<html lang>` and writes one index per language. Any error from Pagefind fails the build,
 * with Pagefind's own messages as the cause.
 *
 * In `astro dev` the index of the last build is served from the output folder, so search works
 * in development once the site has been built; the search page says so when it has not.
 */
export function pagefindIntegration(): AstroIntegration {
  let outDir: URL;
  let base = '/';
  return {
    name: 'abstract-reader:pagefind',
    hooks: {
      'astro:config:done': ({ config }) => {
        outDir = config.outDir;
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:server:setup': ({ server }) => {
        const root = fileURLToPath(new URL(pagefindDir, outDir));
        server.middlewares.use(`${base}${pagefindDir}`, (request, response, next) => {
          const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://dev').pathname));
          const file = join(root, path);
          if (!file.startsWith(root)) return next();
          stat(file).then(
            (info) => {
              if (!info.isFile()) return next();
              response.setHeader('content-type', contentTypes[extname(file)] ?? 'application/octet-stream');
              createReadStream(file).pipe(response);
            },
            () => next(),
          );
        });
      },
      'astro:build:done': async ({ dir, logger }) => {
        await buildIndex(dir, logger);
      },
    },
  };
}

const contentTypes: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
};

// Only papers' own pages carry indexed content; reading the other pages (side-by-side views,
// language-less redirects, lists) cost Pagefind more than half its time and memory at 10,000
// papers for nothing. Search pages sit at the same depth and are read, but hold nothing to index.
const paperPagesGlob = `{${langs.map((lang) => locales[lang].path).join(',')}}/*/index.html`;

async function buildIndex(dir: URL, logger: AstroIntegrationLogger): Promise<void> {
  const started = performance.now();
  try {
    const { index } = checked(await pagefind.createIndex({}));
    if (!index) throw new Error('Pagefind created no index');
    const { page_count } = checked(await index.addDirectory({ path: fileURLToPath(dir), glob: paperPagesGlob }));
    if (page_count === 0) throw new Error(`Pagefind found no pages to index in ${fileURLToPath(dir)}`);
    checked(await index.writeFiles({ outputPath: fileURLToPath(new URL(pagefindDir, dir)) }));
    logger.info(`Read ${page_count} pages and wrote the index in ${Math.round(performance.now() - started)} ms.`);
  } catch (error) {
    throw new Error('Pagefind could not index the built site', { cause: error });
  } finally {
    await pagefind.close();
  }
}

/** Pagefind answers with a list of errors instead of throwing; turn them into one error. */
function checked<T extends { errors: string[] }>(response: T): T {
  if (response.errors.length > 0) throw new Error(response.errors.join('\n'));
  return response;
}
