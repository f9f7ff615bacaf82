import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { pagefindDir } from '../lib/paths.ts';

/**
 * Serves the search index of the last build under `astro dev`, so search works in development
 * once the site has been built (`npm run build` writes the index, see
 * `src/search/index-site.ts`); the search page says so when it has not.
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
    },
  };
}

const contentTypes: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
};
