import type { Lang } from '../i18n/locales.ts';
import type { Translate, UIKey } from '../i18n/ui.ts';
import { referenceFilePath } from '../lib/paths.ts';
import { referenceFileExtensions, referenceFiles, type ReferenceFileExtension } from './reference-files.ts';
import { referenceStyles, type ReferenceStyle } from './styles.ts';
import type { MissingForCitation } from './csl-item.ts';

/** One formatted reference in the Cite panel. */
export interface PanelReference {
  style: ReferenceStyle;
  /** The style's name in the page language. */
  label: string;
  /** The reference as plain text: what is shown, selected and copied. */
  text: string;
  /** Announced after a copy, and after a copy that failed (the text is then selected). */
  copied: string;
  copyFailed: string;
}

/** One reference file offered for download. */
export interface PanelDownload {
  label: string;
  href: string;
  mediaType: string;
}

/** Everything the Cite panel shows. */
export interface CitePanelView {
  /** Empty when the paper lacks what a reference needs (see {@link missing}). */
  references: PanelReference[];
  /** What the paper lacks for a reference, said instead of a broken one; `undefined` when complete. */
  missing: string | undefined;
  downloads: PanelDownload[];
}

const styleLabels: Record<ReferenceStyle, UIKey> = {
  apa: 'cite.style.apa',
  vancouver: 'cite.style.vancouver',
  'gb-t-7714': 'cite.style.gbt7714',
};

const fileLabels: Record<ReferenceFileExtension, UIKey> = {
  bib: 'cite.file.bib',
  ris: 'cite.file.ris',
  json: 'cite.file.json',
};

const missingKeys: Record<MissingForCitation, UIKey> = {
  title: 'cite.missing.title',
  authors: 'cite.missing.authors',
};

// Chinese universities and journals ask for GB/T 7714: it leads on Chinese pages.
const firstStyle: Partial<Record<Lang, ReferenceStyle>> = { 'zh-Hans': 'gb-t-7714' };

/**
 * The Cite panel of the page in `lang` of the paper `slug`, whose reference in each style is
 * `references` (the same on every language's page, so formatted once per paper).
 */
export function citePanel(
  slug: string,
  references: Readonly<Record<ReferenceStyle, string>>,
  missing: readonly MissingForCitation[],
  lang: Lang,
  t: Translate,
  base: string,
): CitePanelView {
  const first = firstStyle[lang];
  const styles = first ? [first, ...referenceStyles.filter((style) => style !== first)] : [...referenceStyles];
  const missingKey = missing.length === 2 ? 'cite.missing.both' : missing[0] && missingKeys[missing[0]];
  return {
    missing: missingKey ? t(missingKey, { file: `${slug}.md` }) : undefined,
    references: missingKey
      ? []
      : styles.map((style) => {
          const label = t(styleLabels[style]);
          return {
            style,
            label,
            text: references[style],
            copied: t('cite.copied', { style: label }),
            copyFailed: t('cite.copyFailed', { style: label }),
          };
        }),
    downloads: referenceFileExtensions.map((extension) => ({
      label: t(fileLabels[extension]),
      href: referenceFilePath(base, slug, extension),
      mediaType: referenceFiles[extension].mediaType,
    })),
  };
}
