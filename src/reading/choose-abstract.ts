import type { Lang } from '../i18n/locales.ts';
import type { RenderedAbstract } from '../lib/paper-entry.ts';

/** The abstract a page in `lang` shows, and the language it is actually in. */
export interface AbstractChoice {
  abstract: RenderedAbstract;
  /** The language of the text shown: `lang`, or another when the translation is missing. */
  lang: Lang;
  /** True when the page's language has no abstract and another language's is shown. */
  missing: boolean;
}

/**
 * Picks the abstract for a page in `lang`: its own, else the first available in `fallbacks`
 * order (the site's languages, default first). Papers have at least one abstract (the loader
 * refuses a file without any), so this always finds one.
 */
export function chooseAbstract(
  abstracts: Readonly<Record<string, RenderedAbstract>>,
  lang: Lang,
  fallbacks: readonly Lang[],
): AbstractChoice {
  const own = abstracts[lang];
  if (own) return { abstract: own, lang, missing: false };
  for (const other of fallbacks) {
    const abstract = abstracts[other];
    if (abstract) return { abstract, lang: other, missing: true };
  }
  throw new Error('a paper has no abstract in any language');
}
