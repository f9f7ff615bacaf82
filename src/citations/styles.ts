/** The reference styles offered to readers, by their CSL template name. */
export const referenceStyles = ['apa', 'vancouver', 'gb-t-7714'] as const;

/** APA 7th edition, NLM/Vancouver (Citing Medicine) or GB/T 7714-2015 (numeric). */
export type ReferenceStyle = (typeof referenceStyles)[number];
