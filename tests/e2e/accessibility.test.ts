import { describe, expect, test } from 'vitest';
import { axeViolations } from './support/axe.ts';
import { useBrowser } from './support/page.ts';
import { seedSlug } from './support/seed.ts';

const { open } = useBrowser();

describe('axe-core finds no violations', () => {
  test.each(['', 'en/', 'zh/', `en/${seedSlug}/`, `zh/${seedSlug}/`])('on /%s', async (path) => {
    const page = await open(path);
    expect(await axeViolations(page)).toEqual([]);
  });
});
