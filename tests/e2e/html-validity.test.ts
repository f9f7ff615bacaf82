import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, test } from 'vitest';
import { everyMovedPage, everyPage } from './support/built-sites.ts';

const vnuJar = join(dirname(createRequire(import.meta.url).resolve('vnu-jar')), 'build/dist/vnu.jar');
/** A page with known errors, checked in the same run: proves errors are found and matched to files. */
const invalidOnPurpose = fileURLToPath(new URL('../fixtures/invalid-html/duplicate-id.html', import.meta.url));

interface VnuMessage {
  type: string;
  url?: string;
  lastLine?: number;
  message: string;
}

/** Runs the W3C Nu HTML Checker once (one JVM) over every file, errors only. */
async function validate(files: string[]): Promise<VnuMessage[]> {
  const stderr: Buffer[] = [];
  const stdout: Buffer[] = [];
  const code = await new Promise<number | null>((resolve, reject) => {
    const java = spawn('java', ['-jar', vnuJar, '--errors-only', '--format', 'json', ...files]);
    java.stdout.on('data', (chunk: Buffer) => stdout.push(chunk));
    java.stderr.on('data', (chunk: Buffer) => stderr.push(chunk));
    java.on('error', (error) =>
      reject(
        new Error(
          `Cannot run java for the Nu HTML Checker (apt-get install -y default-jre-headless): ${error.message}`,
        ),
      ),
    );
    java.on('close', resolve);
  });
  // vnu writes its JSON report to stderr; exit 1 means "errors found", anything else a failure.
  const report = Buffer.concat(stderr).toString();
  if (code !== 0 && code !== 1) throw new Error(`vnu.jar exited ${code}:\n${report}\n${Buffer.concat(stdout)}`);
  return (JSON.parse(report) as { messages: VnuMessage[] }).messages;
}

/** Errors per checked file (absolute path), as `line N: message`. */
const errors = new Map<string, string[]>();
beforeAll(async () => {
  const pages = [...everyPage, ...everyMovedPage];
  const files = [...pages.map(([, site, page]) => join(site.dir, page)), invalidOnPurpose];
  for (const message of await validate(files)) {
    const file = message.url ? fileURLToPath(message.url) : '(no file)';
    errors.set(file, [...(errors.get(file) ?? []), `line ${message.lastLine}: ${message.type}: ${message.message}`]);
  }
}, 180_000);

describe('the W3C Nu HTML Checker, over every built page', () => {
  test.each([...everyPage, ...everyMovedPage])('finds no error in %s', (_name, site, page) => {
    expect(errors.get(join(site.dir, page)) ?? []).toEqual([]);
  });

  test('finds the errors of a page invalid on purpose, and reports nothing about other files', () => {
    expect(errors.get(invalidOnPurpose)).toEqual([
      'line 4: error: Duplicate ID “twice”.',
      'line 4: error: No “p” element in scope but a “p” end tag seen.',
      'line 4: error: End tag for  “body” seen, but there were unclosed elements.',
      'line 4: error: Unclosed element “div”.',
    ]);
    const pages = new Set([...everyPage.map(([, site, page]) => join(site.dir, page)), invalidOnPurpose]);
    expect([...errors.keys()].filter((file) => !pages.has(file))).toEqual([]);
  });
});
