import { constants } from 'node:buffer';

/** One measured size: papers, and seconds of build + index. */
export interface Point {
  papers: number;
  seconds: number;
}

/** What `count` papers would take if the cost keeps growing as it did between the sizes measured. */
export interface Projection {
  papers: number;
  seconds: number;
  /** `b` in seconds = a * papers^b, least squares in log-log space over the measured sizes. */
  exponent: number;
}

/** Fits seconds = a * papers^b to `points` (least squares of the logs) and evaluates it at `count`. */
export function project(points: readonly Point[], count: number): Projection {
  const xs = points.map((point) => Math.log(point.papers));
  const ys = points.map((point) => Math.log(point.seconds));
  const mean = (values: number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;
  const [mx, my] = [mean(xs), mean(ys)];
  const exponent =
    xs.reduce((sum, x, index) => sum + (x - mx) * ((ys[index] ?? 0) - my), 0) /
    xs.reduce((sum, x) => sum + (x - mx) ** 2, 0);
  return { papers: count, seconds: Math.exp(my + exponent * (Math.log(count) - mx)), exponent };
}

/**
 * How many papers the content store holds before it no longer fits one JavaScript string (V8's
 * limit, `buffer.constants.MAX_STRING_LENGTH`), given the length of the string literal Astro
 * bundles it as at a measured size (the longest of the strings it reads, writes and bundles the
 * store as): the build fails there, whatever time it takes.
 */
export function storeStringLimit(papers: number, length: number): number {
  return Math.floor(constants.MAX_STRING_LENGTH / (length / papers));
}
