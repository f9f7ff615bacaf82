import { defaultLang, langs, locales, type Lang } from './locales.ts';

/** One language version of a page, for the switch and for `<link rel="alternate" hreflang>`. */
export interface Alternate {
  lang: Lang;
  label: string;
  /** The compact label the header shows on narrow screens (`EN`, `中文`). */
  shortLabel: string;
  href: string;
  current: boolean;
}

/** Every language version of a page whose URL in `lang` is `pathFor(lang)`. */
export function alternates(current: Lang, pathFor: (lang: Lang) => string): Alternate[] {
  return langs.map((lang) => ({
    lang,
    label: locales[lang].label,
    shortLabel: locales[lang].shortLabel,
    href: pathFor(lang),
    current: lang === current,
  }));
}

/** The `x-default` target among `alternates`: the default language's page. */
export function xDefault(list: readonly Alternate[]): string | undefined {
  return list.find((alternate) => alternate.lang === defaultLang)?.href;
}
