import type { Lang } from '../i18n/locales.ts';

/**
 * The language the facts of a record are written in: journal names, titles, affiliations and
 * authors come from PubMed in English, and so does the original abstract.
 */
export const sourceLang: Lang = 'en';
