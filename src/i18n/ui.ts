import { z } from 'astro/zod';
import en from './ui/en.json' with { type: 'json' };
import zhHans from './ui/zh-Hans.json' with { type: 'json' };
import type { Lang } from './locales.ts';
import { fill } from './fill-template.ts';

/** Every UI string key, taken from the default language's dictionary. */
export type UIKey = keyof typeof en;

/**
 * Each non-default dictionary must have exactly the default's keys: a missing or stray
 * translation fails the build instead of showing a key or English on a Chinese page.
 */
const dictionarySchema = z.strictObject(
  Object.fromEntries(Object.keys(en).map((key) => [key, z.string().min(1)])) as Record<UIKey, z.ZodString>,
);

function checked(lang: Lang, dictionary: unknown): Record<UIKey, string> {
  const result = dictionarySchema.safeParse(dictionary);
  if (!result.success) {
    const problems = result.error.issues.map((issue) => `  ${issue.path.join('.') || '(root)'}: ${issue.message}`);
    throw new Error(`src/i18n/ui/${lang}.json does not match src/i18n/ui/en.json:\n${problems.join('\n')}`);
  }
  return result.data;
}

const dictionaries: Record<Lang, Record<UIKey, string>> = {
  en,
  'zh-Hans': checked('zh-Hans', zhHans),
};

/** Returns `t(key, values)` for `lang`; `{name}` placeholders are filled from `values`. */
export function useTranslations(lang: Lang) {
  const dictionary = dictionaries[lang];
  return function t(key: UIKey, values: Record<string, string | number> = {}): string {
    return fill(dictionary[key], values);
  };
}

/** A translation function, as returned by {@link useTranslations}. */
export type Translate = ReturnType<typeof useTranslations>;
