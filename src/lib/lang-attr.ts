import type { Lang } from '../i18n/locales.ts';

/**
 * The language the facts of a record are written in: journal names, titles, affiliations and
 * authors come from PubMed in English.
 */
export const sourceLang: Lang = 'en';

/** The `lang` attribute for text in `textLang` on a page in `pageLang`: only when they differ. */
export function langAttr(textLang: string, pageLang: Lang): string | undefined {
  return textLang === pageLang ? undefined : textLang;
}
