import type { TestProject } from 'vitest/node';
import { builtSite } from './built-sites.ts';
import { serveStatic } from './server.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** URL of the fixture site (tests/fixtures/site, built into `dist-fixtures/` under its base). */
    fixtureSiteUrl: string;
  }
}

/** Serves the fixture site of hostile and edge-case papers under the base it was built for. */
export default async function setup(project: TestProject) {
  const site = builtSite('dist-fixtures');
  const server = await serveStatic(site.dir, site.root.pathname);
  project.provide('fixtureSiteUrl', server.url);
  return () => server.close();
}
