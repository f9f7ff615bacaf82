import { expect, test } from 'vitest';
import { preferredLang } from '../../src/reading/preferred-language.ts';

test('a language the reader chose before wins over the browser languages', () => {
  expect(preferredLang('zh-Hans', ['en-US', 'en'])).toBe('zh-Hans');
  expect(preferredLang('en', ['zh-CN'])).toBe('en');
});

test('without a choice, the first browser language the site has is taken, by primary subtag too', () => {
  expect(preferredLang(null, ['zh-CN', 'en'])).toBe('zh-Hans');
  expect(preferredLang(null, ['fr-FR', 'zh-TW', 'en'])).toBe('zh-Hans');
  expect(preferredLang(null, ['fr-FR', 'en-GB', 'zh'])).toBe('en');
  expect(preferredLang(null, ['ZH-HANS'])).toBe('zh-Hans');
});

test('nothing matching (or a stored value that is no language of the site) leaves the choice to the reader', () => {
  expect(preferredLang(null, ['fr-FR', 'de'])).toBeUndefined();
  expect(preferredLang(null, [])).toBeUndefined();
  expect(preferredLang('fr', ['de'])).toBeUndefined();
  expect(preferredLang('zh', ['en'])).toBe('en');
});
