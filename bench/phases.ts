import type { StepCost } from './measure.ts';

/** Seconds each phase of a build took, read from when its lines arrived. */
export interface BuildPhases {
  /** Astro's content layer: reading, rendering and storing every paper. */
  contentLayer: number;
  /** Vite bundling the pages' code. */
  vite: number;
  /** From the start of the static routes to the first page written: loading the content store. */
  storeLoad: number;
  /** Writing every page. */
  pages: number;
  /** The Pagefind index, after Astro's process has ended. */
  index: number;
  /** The reference files, written beside the index. */
  referenceFiles: number;
  /** The pages at the papers' old addresses, written beside the index. */
  oldAddresses: number;
  /** In a rebuild into the last build's folder: removing what it made and this one did not. */
  staleFiles?: number;
}

/**
 * The phases of one `scripts/build.ts` run, from the lines it printed: Astro's own log lines
 * (`[content] Syncing content`, `[build] Building static entrypoints...`, `generating static
 * routes`, each route `├─ /…`) and the build script's `[part] … in N ms.` summaries. Fails
 * naming the line it did not find, so a change in Astro's log shows at once.
 */
export function buildPhases(lines: StepCost['lines']): BuildPhases {
  const at = (test: (text: string) => boolean, what: string, last = false) => {
    const found = last ? lines.findLast(({ text }) => test(text)) : lines.find(({ text }) => test(text));
    if (!found) throw new Error(`the build printed no line for ${what}`);
    return found.at;
  };
  const summary = (part: string) => lines.find((line) => line.text.startsWith(`[${part}] `))?.text;
  const ms = (part: string) => {
    const text = summary(part) ?? '';
    const value = / in (\d+) ms\.$/.exec(text)?.[1];
    if (value === undefined) throw new Error(`the build printed no "[${part}] ... in N ms." summary`);
    return Number(value) / 1000;
  };
  const route = (text: string) => text.includes('├─ /') || text.includes('└─ /');
  const routesStart = at((text) => text.includes('generating static routes'), 'the static routes');
  const firstRoute = at(route, 'a first route');
  return {
    contentLayer:
      at((text) => text.includes('[content] Synced content'), 'the synced content') -
      at((text) => text.includes('[content] Syncing content'), 'the content sync'),
    vite:
      at((text) => text.includes('Rearranging server assets'), 'the end of bundling') -
      at((text) => text.includes('Building static entrypoints'), 'bundling'),
    storeLoad: firstRoute - routesStart,
    pages: at(route, 'a last route', true) - firstRoute,
    index: ms('search index'),
    referenceFiles: ms('reference files'),
    oldAddresses: ms('old addresses'),
    ...(summary('stale files') === undefined ? {} : { staleFiles: ms('stale files') }),
  };
}
