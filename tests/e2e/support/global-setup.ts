import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';
import { serveStatic } from './server.ts';
import { buildSubPathSite, contentSecurityPolicy, subPathBase } from './sub-path-site.ts';

const dist = fileURLToPath(new URL('../../../dist/', import.meta.url));

declare module 'vitest' {
  export interface ProvidedContext {
    /** URL of the built site under test, ending in `/`. */
    siteUrl: string;
    /**
     * URL of the same site built under the sub-path `/sub/`, with the search fixtures added to
     * its content and served with a strict Content-Security-Policy, ending in `/sub/`.
     */
    subSiteUrl: string;
    /** Folder of that sub-path build. */
    subSiteDir: string;
  }
}

/**
 * Serves the built `dist/` for the end-to-end tests (the build must exist), and builds and
 * serves the sub-path site.
 */
export default async function setup(project: TestProject) {
  if (!existsSync(`${dist}index.html`)) {
    throw new Error(`No built site in ${dist}: run "npm run build" before the end-to-end tests (npm test does).`);
  }
  const server = await serveStatic(dist);
  project.provide('siteUrl', server.url);
  const subSite = await buildSubPathSite();
  const subServer = await serveStatic(subSite.dir, subPathBase, { 'content-security-policy': contentSecurityPolicy });
  project.provide('subSiteUrl', subServer.url);
  project.provide('subSiteDir', subSite.dir);
  return async () => {
    await Promise.all([server.close(), subServer.close()]);
    await subSite.remove();
  };
}
