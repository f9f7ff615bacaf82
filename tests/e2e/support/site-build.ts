import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const build = fileURLToPath(new URL('../../../scripts/build.ts', import.meta.url));

/**
 * Builds the site with the project's one build command (`scripts/build.ts`, as `npm run build`
 * runs it), with `env` added (`CONTENT_DIR`, `OUT_DIR`, `BASE`), and returns the exit code and
 * all it printed. With `cacheDir`, the build has a content cache of its own (pass an empty
 * folder for a clean build: the shared cache in node_modules/.astro may be rewritten meanwhile
 * by any other build).
 */
export function siteBuild(
  env: Record<string, string>,
  cacheDir?: string,
): Promise<{ code: number | null; output: string }> {
  const output: string[] = [];
  const withCache = cacheDir ? { ...env, CACHE_DIR: cacheDir } : env;
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [build], { cwd: root, env: { ...process.env, ...withCache } });
    child.stdout.on('data', (chunk: Buffer) => output.push(chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => output.push(chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, output: output.join('') }));
  });
}
