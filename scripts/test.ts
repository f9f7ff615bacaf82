/**
 * `npm test`: every check the project has, in order, each as its own `npm run` script.
 *
 * Stops at the first step that fails, with that step's exit status, so a broken type check does
 * not wait behind the builds. Each step prints `[step] passed in N s` (or `failed`) when it ends,
 * and a table of all the steps and their times closes the run, to show where the time goes.
 *
 *   node scripts/test.ts
 */
import { spawn } from 'node:child_process';

/** The `npm run` scripts that make up the test, in the order they run: the builds before e2e. */
const steps = ['check', 'test:unit', 'test:integration', 'build', 'build:fixtures', 'test:e2e'];

/** Runs `npm run <script>` sharing this process's output; resolves to its exit status. */
function npmRun(script: string): Promise<number> {
  return new Promise((done) => {
    const child = spawn('npm', ['run', script], { stdio: 'inherit' });
    child.on('error', (error) => {
      console.error(`[${script}] could not start npm: ${error.message}`);
      done(1);
    });
    // A step killed by a signal has no exit status; it failed all the same.
    child.on('close', (code) => done(code ?? 1));
  });
}

const seconds = (milliseconds: number) => `${(milliseconds / 1000).toFixed(1)} s`;
const results: { step: string; outcome: string; time: string }[] = [];
const started = performance.now();
let status = 0;

for (const step of steps) {
  if (status !== 0) {
    results.push({ step, outcome: 'not run', time: '' });
    continue;
  }
  const stepStarted = performance.now();
  status = await npmRun(step);
  const time = seconds(performance.now() - stepStarted);
  const outcome = status === 0 ? 'passed' : `failed (exit status ${status})`;
  console.log(`[${step}] ${outcome} in ${time}`);
  results.push({ step, outcome, time });
}

const width = Math.max(...[...steps, 'total'].map((step) => step.length));
console.log(`\n${'step'.padEnd(width)}  ${'time'.padStart(8)}  outcome`);
for (const { step, outcome, time } of results) console.log(`${step.padEnd(width)}  ${time.padStart(8)}  ${outcome}`);
console.log(`${'total'.padEnd(width)}  ${seconds(performance.now() - started).padStart(8)}`);
process.exitCode = status;
