import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';
import { serveStatic } from './server.ts';

const dist = fileURLToPath(new URL('../../../dist/', import.meta.url));

declare module 'vitest' {
  export interface ProvidedContext {
    /** URL of the built site under test, ending in `/`. */
    siteUrl: string;
  }
}

/** Serves the built `dist/` for the end-to-end tests; the build must exist. */
export default async function setup(project: TestProject) {
  if (!existsSync(`${dist}index.html`)) {
    throw new Error(`No built site in ${dist}: run "npm run build" before the end-to-end tests (npm test does).`);
  }
  const server = await serveStatic(dist);
  project.provide('siteUrl', server.url);
  return () => server.close();
}
