import { describe, expect, test } from 'vitest';
import { axeViolations } from './support/axe.ts';
import { useBrowser } from './support/page.ts';
import { resultLinks, searchOutcome } from './support/search.ts';
import { seedSlug } from './support/seed.ts';

const { open } = useBrowser();

describe('axe-core finds no violations', () => {
  test.each(['', 'en/', 'zh/', `en/${seedSlug}/`, `zh/${seedSlug}/`, 'en/search/', 'zh/search/'])(
    'on /%s',
    async (path) => {
      const page = await open(path);
      expect(await axeViolations(page)).toEqual([]);
    },
  );

  test.each(['en/search/?q=Kaunas', 'zh/search/?q=健康'])('on /%s, once its results are shown', async (path) => {
    const page = await open(path);
    await searchOutcome(page);
    await resultLinks(page);
    expect(await axeViolations(page)).toEqual([]);
  });
});

describe('axe-core finds no violations in the reading views, light and dark', () => {
  const views = [
    `en/${seedSlug}/`,
    `zh/${seedSlug}/`,
    `en/${seedSlug}/parallel/`,
    `zh/${seedSlug}/parallel/`,
    `${seedSlug}/`,
  ];
  test.each(views.flatMap((path) => (['light', 'dark'] as const).map((scheme) => [path, scheme] as const)))(
    'on /%s in the %s theme',
    async (path, colorScheme) => {
      // In a browser asking for no language of the site, the language-less page stays to be checked.
      const page = await open(path, { colorScheme, locale: 'fr-FR' });
      expect(await axeViolations(page)).toEqual([]);
    },
  );
});
