import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.bib': 'application/x-bibtex; charset=utf-8',
  '.ris': 'application/x-research-info-systems; charset=utf-8',
};

/** A static file server for a built site, as a plain static host serves it. */
export interface StaticServer {
  /** `http://127.0.0.1:<port>` followed by the base path, ending in `/`. */
  url: string;
  close(): Promise<void>;
}

/**
 * Serves `dir` at `base` on a free loopback port: `index.html` for directories, the site's
 * `404.html` (status 404) for anything missing, and `headers` on every response.
 */
export async function serveStatic(
  dir: string,
  base = '/',
  headers: Record<string, string> = {},
): Promise<StaticServer> {
  const server: Server = createServer(async (request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const path = decodeURIComponent(url.pathname);
    let file: string | undefined;
    if (path.startsWith(base)) {
      const relative = normalize(path.slice(base.length)).replace(/^(\.\.[/\\])+/, '');
      const candidate = join(dir, relative);
      const info = await stat(candidate).catch(() => undefined);
      if (info?.isFile()) file = candidate;
      else if (info?.isDirectory()) {
        if (!path.endsWith('/')) {
          response.writeHead(301, { location: `${url.pathname}/${url.search}` }).end();
          return;
        }
        const index = join(candidate, 'index.html');
        if (await stat(index).catch(() => undefined)) file = index;
      }
    }
    const status = file ? 200 : 404;
    file ??= join(dir, '404.html');
    const exists = await stat(file).catch(() => undefined);
    response.writeHead(status, { 'content-type': types[extname(file)] ?? 'application/octet-stream', ...headers });
    if (exists) createReadStream(file).pipe(response);
    else response.end('Not found');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${base}`,
    // A browser may still hold a connection open when the tests end: close it rather than wait.
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
