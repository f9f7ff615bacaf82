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

/** An author as the schema holds one: a name in NLM form, full names when known. */
export interface AuthorName {
  name: string;
  family?: string | undefined;
  given?: string | undefined;
}

/**
 * An author as a CSL name: the full family and given names when PubMed's export gave them (the
 * styles make the initials themselves: `Laï, M.-C.` in APA, `Laï MC` in Vancouver), else the
 * NLM form read by {@link parseNlmName}.
 */
export function authorCslName(author: AuthorName): CslName {
  const parsed = parseNlmName(author.name);
  if (!author.family) return parsed;
  const suffix = 'suffix' in parsed ? parsed.suffix : undefined;
  const given = author.given ?? ('given' in parsed ? parsed.given : undefined);
  return { family: author.family, ...(given && { given }), ...(suffix && { suffix }) };
}

/** An author's name as a page shows it: given names first when known (`Marie-Catherine Laï`), else as PubMed writes it. */
export function displayName(author: AuthorName): string {
  return author.family ? [author.given, author.family].filter(Boolean).join(' ') : author.name;
}
