import type { Lang } from './locales.ts';

/** The `lang` attribute for text in `textLang` on a page in `pageLang`: only when they differ. */
export function langAttr(textLang: string, pageLang: Lang): string | undefined {
  return textLang === pageLang ? undefined : textLang;
}
