import { readdirSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { fixtures, importCase } from './support.ts';

const cases = readdirSync(fixtures).sort();
const refusals = cases.filter((name) => name.startsWith('refuse-'));

describe('each importer fixture prints its committed messages and writes its committed entries', () => {
  test.each(cases)('%s', async (name) => {
    const { printed, outcomes } = importCase(name);
    await expect(printed).toMatchFileSnapshot(new URL(`${name}/messages.txt`, fixtures).pathname);
    for (const outcome of outcomes) {
      await expect(outcome.text).toMatchFileSnapshot(new URL(`${name}/output/${outcome.name}.md`, fixtures).pathname);
    }
  });
});

describe('a refused batch writes nothing and ends with a non-zero status', () => {
  test.each(refusals)('%s', (name) => {
    const { outcomes, status, printed } = importCase(name);
    expect(status).toBe(1);
    expect(outcomes).toEqual([]);
    expect(printed).toMatch(/^(?:input|existing)\/[^:]+:\d+: /m);
    expect(printed).toMatch(/; nothing written\n$/);
  });
});
