import { isLang, langs, type Lang } from '../i18n/locales.ts';

/** The `localStorage` key holding the language the reader last chose with a language link. */
export const languageStorageKey = 'abstract-reader.lang';

/**
 * The language to send a reader to from a page that has none in its URL: the one they chose
 * before (`stored`), else the first of the browser's languages (`navigator.languages`) the site
 * has, matched exactly and then by primary subtag (`zh-CN` and `zh-TW` read `zh-Hans`, `en-US`
 * reads `en`); `undefined` when nothing matches, so the page lets the reader choose.
 */
export function preferredLang(
  stored: string | null,
  browserLangs: readonly string[],
  available: readonly Lang[] = langs,
): Lang | undefined {
  if (stored !== null && isLang(stored) && available.includes(stored)) return stored;
  for (const tag of browserLangs) {
    const lower = tag.toLowerCase();
    const exact = available.find((lang) => lang.toLowerCase() === lower);
    if (exact) return exact;
    const primary = lower.split('-')[0];
    const related = available.find((lang) => lang.toLowerCase().split('-')[0] === primary);
    if (related) return related;
  }
  return undefined;
}
