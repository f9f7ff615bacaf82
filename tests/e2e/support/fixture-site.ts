import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { serveStatic, type StaticServer } from './server.ts';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const astro = join(root, 'node_modules/astro/bin/astro.mjs');

/**
 * Builds the site from another content folder (`CONTENT_DIR`, relative to the project) into a
 * temporary folder and serves it: for pages the seed paper cannot show (a section in one language
 * only, a missing translation). `close()` stops the server and removes the build.
 */
export async function serveFixtureSite(contentDir: string): Promise<StaticServer> {
  const outDir = await mkdtemp(join(tmpdir(), 'abstract-reader-site-'));
  try {
    await promisify(execFile)(process.execPath, [astro, 'build'], {
      cwd: root,
      env: { ...process.env, CONTENT_DIR: contentDir, OUT_DIR: outDir },
      maxBuffer: 16 * 1024 * 1024,
    });
  } catch (error) {
    await rm(outDir, { recursive: true, force: true });
    const { stdout, stderr } = error as { stdout?: string; stderr?: string };
    throw new Error(`Building ${contentDir} failed:\n${stdout ?? ''}${stderr ?? ''}`, { cause: error });
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
