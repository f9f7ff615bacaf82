import type { CslItem } from './csl-item.ts';
import { Cite } from './citation-js.ts';
import type { CslName } from './nlm-name.ts';

/** The reference files offered for download, by file extension. */
export const referenceFiles = {
  bib: { mediaType: 'application/x-bibtex', write: bibtex },
  ris: { mediaType: 'application/x-research-info-systems', write: ris },
  json: { mediaType: 'application/vnd.citationstyles.csl+json', write: cslJson },
} as const satisfies Record<string, { mediaType: string; write: (item: CslItem) => string }>;

/** A reference file's extension: `bib`, `ris`, `json`. */
export type ReferenceFileExtension = keyof typeof referenceFiles;

/** Every reference file's extension, in the order they are offered. */
export const referenceFileExtensions = Object.keys(referenceFiles) as ReferenceFileExtension[];

/** The paper as a CSL-JSON file: an array holding its one item. */
export function cslJson(item: CslItem): string {
  return `${new Cite(item).format('data')}\n`;
}

// Characters that mean something to (La)TeX in a BibTeX field; `\` first so that the
// backslashes the other replacements add are not escaped again.
const latexSpecials: Record<string, string> = {
  '\\': '\\textbackslash{}',
  '{': '\\{',
  '}': '\\}',
  '&': '\\&',
  '%': '\\%',
  $: '\\$',
  '#': '\\#',
  _: '\\_',
  '^': '\\textasciicircum{}',
  '~': '\\textasciitilde{}',
};

function latex(text: string): string {
  return text.replace(/[\\{}&%$#_^~]/g, (char) => latexSpecials[char] ?? char);
}

function latexName(name: CslName): CslName {
  if ('literal' in name) return { literal: latex(name.literal) };
  return Object.fromEntries(Object.entries(name).map(([part, text]) => [part, latex(text)])) as CslName;
}

/**
 * The paper as a BibTeX `@article`, in UTF-8. citation-js maps the fields; text fields are
 * escaped for LaTeX first (its Unicode output escapes nothing), while the DOI stays verbatim
 * as BibTeX and biblatex read it. BibTeX has a month but no day, and citation-js would write a
 * full date's month as `jan 9`, which no BibTeX style reads: the date goes in as year and month.
 */
export function bibtex(item: CslItem): string {
  const escaped: CslItem = {
    ...item,
    'container-title': latex(item['container-title']),
    'container-title-short': latex(item['container-title-short']),
    issued: { 'date-parts': [item.issued['date-parts'][0].slice(0, 2)] },
  };
  if (item.title) escaped.title = latex(item.title);
  if (item.author) escaped.author = item.author.map(latexName);
  if (item.volume) escaped.volume = latex(item.volume);
  if (item.issue) escaped.issue = latex(item.issue);
  return new Cite(escaped).format('bibtex').trim() + '\n';
}

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * The paper as a RIS record. citation-js maps the fields to tags; the record is written here
 * because its text output breaks every line at 70 characters, splitting words (and CJK text)
 * that readers then join with a space, and writes `DA` without the two-digit month and day
 * the RIS specification asks for (`2020/01/09/`). Lines end in CR LF, as the specification says.
 */
export function ris(item: CslItem): string {
  const [record] = new Cite(item).format('ris', { format: 'object' });
  if (!record) throw new Error(`citation-js wrote no RIS record for ${item.id}`);
  const [year, month, day] = item.issued['date-parts'][0];
  const { TY: type, ...tags } = record;
  tags['DA'] = `${year}/${month ? pad(month) : ''}/${day ? pad(day) : ''}/`;
  const lines = Object.entries(tags).flatMap(([tag, values]) =>
    // Keywords come split at their commas, each but the first after a space.
    [values].flat().map((value) => `${tag}  - ${value.replace(/\s*[\r\n]+\s*/g, ' ').trim()}`),
  );
  return [`TY  - ${type}`, ...lines, 'ER  - ', ''].join('\r\n');
}
