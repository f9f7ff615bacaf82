/**
 * The site's languages. Adding one (say `zh-Hant`) means adding an entry here, a UI dictionary
 * in `ui/`, and its blocks in the content: no other code path changes.
 *
 * The key is the BCP 47 tag used verbatim in `<html lang>` (Pagefind splits its index by it),
 * in `hreflang`, and as the language-block marker in the content files.
 */
export const locales = {
  en: {
    /** URL segment: `/en/<slug>/`. */
    path: 'en',
    /** Name of the language in itself, for the switch. */
    label: 'English',
    /** Short label for the compact switch in the header. */
    shortLabel: 'EN',
    /** Locale used by `Intl` to format dates. */
    dateLocale: 'en-GB',
    /** Open Graph locale (`language_TERRITORY`) of pages in this language. */
    ogLocale: 'en_GB',
  },
  'zh-Hans': {
    path: 'zh',
    label: '简体中文',
    shortLabel: '中文',
    dateLocale: 'zh-Hans-CN',
    ogLocale: 'zh_CN',
  },
} as const satisfies Record<
  string,
  { path: string; label: string; shortLabel: string; dateLocale: string; ogLocale: string }
>;

/** A BCP 47 language tag the site is published in. */
export type Lang = keyof typeof locales;

/** The language of `x-default` and of pages reached without a language. */
export const defaultLang: Lang = 'en';

/**
 * The language the facts of a record are written in: journal names, titles, affiliations and
 * authors come from PubMed in English, and so does the original abstract.
 */
export const sourceLang: Lang = 'en';

/** Every language, default first. */
export const langs = Object.keys(locales) as Lang[];

/** Whether `tag` is one of the site's languages (exact, case-sensitive BCP 47 tag). */
export function isLang(tag: string): tag is Lang {
  return Object.hasOwn(locales, tag);
}

/** The language whose URL segment is `path`, if any. */
export function langFromPath(path: string): Lang | undefined {
  return langs.find((lang) => locales[lang].path === path);
}
