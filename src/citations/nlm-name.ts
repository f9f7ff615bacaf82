/** A person's or a group's name as CSL-JSON holds it. */
export type CslName = { family: string; given?: string; suffix?: string } | { literal: string };

// NLM writes generational suffixes after the initials: `Smith JR Jr`, `Jones A 3rd`.
const suffixPattern = /^(?:Jr|Sr|[2-9](?:nd|rd|th)|I{2,3}|IV)$/;
const initialsPattern = /^\p{Lu}{1,4}$/u;

/**
 * Reads an author as PubMed writes it (`Laï MC`: family name, then the initials run
 * together) into a CSL name with dotted initials (`M. C.`), so each style can print them its
 * own way: `Laï, M. C.` (APA), `Laï MC` (Vancouver), `LAÏ M C` (GB/T 7714). A name without
 * initials (a group author: `COVID-19 Study Group`) is kept whole as a literal.
 */
export function parseNlmName(text: string): CslName {
  const words = text.trim().split(/\s+/);
  const suffix = words.length > 2 && suffixPattern.test(words.at(-1) ?? '') ? words.pop() : undefined;
  const initials = words.length > 1 ? words.at(-1) : undefined;
  if (!initials || !initialsPattern.test(initials)) return { literal: text.trim() };
  const family = words.slice(0, -1).join(' ');
  const given = Array.from(initials, (letter) => `${letter}.`).join(' ');
  return suffix ? { family, given, suffix } : { family, given };
}
