import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const astro = fileURLToPath(new URL('../../../node_modules/astro/bin/astro.mjs', import.meta.url));

/**
 * Runs the project's own `astro build` with `env` added (`CONTENT_DIR`, `OUT_DIR`, `BASE`) and
 * a content cache of its own in `cacheDir` (pass an empty folder for a clean build: the shared
 * cache in node_modules/.astro may be rewritten meanwhile by any other build), and returns its
 * exit code and all it printed.
 */
export async function astroBuild(
  env: Record<string, string>,
  cacheDir: string,
): Promise<{ code: number | null; output: string }> {
  const output: string[] = [];
  const code = await new Promise<number | null>((resolve, reject) => {
    const child = spawn(process.execPath, [astro, 'build'], {
      cwd: root,
      env: { ...process.env, ...env, CACHE_DIR: cacheDir },
    });
    child.stdout.on('data', (chunk: Buffer) => output.push(chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => output.push(chunk.toString()));
    child.on('error', reject);
    child.on('close', resolve);
  });
  return { code, output: output.join('') };
}
