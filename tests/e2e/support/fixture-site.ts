import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serveStatic, type StaticServer } from './server.ts';
import { siteBuild } from './site-build.ts';

/**
 * Builds the site from another content folder (`CONTENT_DIR`, relative to the project) into a
 * temporary folder and serves it: for pages the seed paper cannot show (a section in one language
 * only, a missing translation). `close()` stops the server and removes the build.
 */
export async function serveFixtureSite(contentDir: string): Promise<StaticServer> {
  const outDir = await mkdtemp(join(tmpdir(), 'abstract-reader-site-'));
  const { code, output } = await siteBuild({ CONTENT_DIR: contentDir, OUT_DIR: outDir });
  if (code !== 0) {
    await rm(outDir, { recursive: true, force: true });
    throw new Error(`Building ${contentDir} failed (exit ${code}):\n${output}`);
  }
  const server = await serveStatic(`${outDir}/`);
  return {
    url: server.url,
    close: async () => {
      await server.close();
      await rm(outDir, { recursive: true, force: true });
    },
  };
}
