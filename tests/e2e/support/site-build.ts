import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const astro = fileURLToPath(new URL('../../../node_modules/astro/bin/astro.mjs', import.meta.url));
const finishBuild = fileURLToPath(new URL('../../../scripts/finish-build.ts', import.meta.url));

/** Runs a Node script of the project with `env` added; its exit code and all it printed. */
function run(script: string, args: string[], env: Record<string, string>) {
  const output: string[] = [];
  return new Promise<{ code: number | null; output: string }>((resolve, reject) => {
    const child = spawn(process.execPath, [script, ...args], { cwd: root, env: { ...process.env, ...env } });
    child.stdout.on('data', (chunk: Buffer) => output.push(chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => output.push(chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, output: output.join('') }));
  });
}

/**
 * Builds the site as `npm run build` does, `astro build` then its reference files and search index, with `env` added
 * (`CONTENT_DIR`, `OUT_DIR`, `BASE`), and returns the exit code and all it printed. With
 * `cacheDir`, the build has a content cache of its own (pass an empty folder for a clean build:
 * the shared cache in node_modules/.astro may be rewritten meanwhile by any other build).
 */
export async function siteBuild(
  env: Record<string, string>,
  cacheDir?: string,
): Promise<{ code: number | null; output: string }> {
  const withCache = cacheDir ? { ...env, CACHE_DIR: cacheDir } : env;
  const built = await run(astro, ['build'], withCache);
  if (built.code !== 0) return built;
  const finished = await run(finishBuild, [], withCache);
  return { code: finished.code, output: built.output + finished.output };
}
