import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

/** What one step of the benchmark cost. */
export interface StepCost {
  seconds: number;
  /** Highest resident memory of the step's whole process tree (Node, workers, Pagefind's binary). */
  peakRssBytes: number;
  output: string;
  /** The tree's memory every 50 ms: seconds since the start, resident bytes. */
  samples: { at: number; rss: number }[];
  /** Each line the command printed, with the seconds since the start when it arrived. */
  lines: { at: number; text: string }[];
}

/** Resident bytes of `pid` and every descendant, read from /proc (Linux). */
function treeRss(pid: number): number {
  const children = new Map<number, number[]>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(entry)]);
    } catch {
      // The process ended while we looked.
    }
  }
  let total = 0;
  const stack = [pid];
  while (stack.length > 0) {
    const current = stack.pop() as number;
    try {
      const rss = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${current}/status`, 'utf8'))?.[1];
      total += Number(rss ?? 0) * 1024;
    } catch {
      // Ended meanwhile.
    }
    stack.push(...(children.get(current) ?? []));
  }
  return total;
}

/**
 * Runs a command to completion, sampling its process tree's memory every 50 ms. Fails with the
 * command's output when it exits non-zero: a benchmark of a failed build measures nothing.
 */
export function runMeasured(command: string, args: string[], env: Record<string, string> = {}): Promise<StepCost> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(command, args, { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    const since = () => (performance.now() - started) / 1000;
    let output = '';
    const lines: StepCost['lines'] = [];
    const read = (chunk: Buffer) => {
      output += chunk;
      for (const text of chunk.toString().split('\n')) if (text) lines.push({ at: since(), text });
    };
    child.stdout.on('data', read);
    child.stderr.on('data', read);
    let peak = 0;
    const samples: StepCost['samples'] = [];
    const timer = setInterval(() => {
      if (!child.pid) return;
      const rss = treeRss(child.pid);
      samples.push({ at: since(), rss });
      peak = Math.max(peak, rss);
    }, 50);
    child.on('close', (code) => {
      clearInterval(timer);
      const seconds = (performance.now() - started) / 1000;
      if (code === 0) resolve({ seconds, peakRssBytes: peak, output, samples, lines });
      else reject(new Error(`${command} ${args.join(' ')} exited with ${code}:\n${output.slice(-4000)}`));
    });
  });
}

/**
 * Milliseconds a fixed single-threaded workload takes. This machine is a virtual one on a shared
 * host whose speed varies (the same workload has taken from 1.2 to 2 s), so the benchmark runs
 * it before and after, and its figures can be set against each other.
 */
export function calibrate(): number {
  const started = performance.now();
  let sum = 0;
  for (let i = 0; i < 3e8; i++) sum += i % 7;
  if (sum < 0) throw new Error('unreachable: keeps the loop from being optimized away');
  return Math.round(performance.now() - started);
}
