import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { planImport } from './batch.ts';
import { commitOutcomes, findRecordFiles, MissingPathError, readEntryFiles, recordExtensions } from './files.ts';
import { compileBatch } from './threads.ts';
import { reportPlan } from './report.ts';

const usage = 'Usage: npm run import -- [--out DIR] [--dry-run] [--force] PATH...';

const help = `${usage}

Imports records into the site's content: one Markdown file per paper.

PATH is a record file, or a folder searched recursively for *.txt, *.nbib and *.xml files. Each
file's format is told from its content:

- PubMed's MEDLINE format ("PubMed format" .txt, .nbib): tagged lines such as "PMID- 31918710",
  "TI  - Title", long values continued on lines indented six spaces, records separated by a
  blank line. Title, authors (full names, ORCID, affiliations), journal, date, volume, issue,
  pages, DOI, PMID, PMCID, keywords, MeSH headings, publication types, errata and retractions,
  and the English abstract are taken.
- PubMed XML (a PubmedArticleSet, as PubMed and E-utilities give it): the same, structured
  abstract labels as given.
- A Chinese translation on its own: a line "doi: 10.1186/..." or "PMID: 31918710" (or both),
  then the Chinese abstract as a plain-text record gives it, one section a line.
- A plain-text record, which holds, one
item a line: affiliations (0 or more); one citation line in NLM style ("J Transl Med. 2020 Jan
9;18(1):14. doi: 10.1186/s12967-019-02204-y."); the English abstract (one or several lines,
labels such as BACKGROUND: optional); the Chinese abstract (one section a line, labels such as
背景: optional); related citations (0 or more, "Nature. 2019-3"). UTF-8, with or without a
byte-order mark; CRLF, blank lines and trailing spaces are fine.

The records of one paper (same DOI, else same PMID) make one entry: a plain-text record and a
PubMed export give the facts of both and the plain-text record's Chinese abstract; a
translation adds its Chinese abstract. Where two records disagree, the first (plain text, then
PubMed, then translation) is kept and the difference shown, unless --force.

Each paper's entry is found by DOI (else by PMID, else by its citation) and updated, or created
as DIR/<journal>-<year>-<volume>-<page>.md (-2, -3 when taken). One line is printed per paper:
created, updated or unchanged, with the entry's and the records' paths. Fields the records do
not give (notes, and anything a record of another kind gave) are kept. An abstract or fact that
differs from the records in an existing entry may be a maintainer's correction: the records are
refused and the difference shown, unless --force.

Options:
  --out DIR    folder of the content entries (default: content/abstracts)
  --dry-run    print what would happen; write nothing
  --force      replace what differs in existing entries with the record's text
  -h, --help   print this help

Problems are printed as FILE:LINE: what is wrong, and what was expected. A batch is all or
nothing: if any record is refused, no file is written. Each file is written to a temporary
file first and renamed into place, so an interrupted run never leaves half a file.

Exit status: 0 when every record was handled, 1 when any was refused (nothing written),
2 for a usage error.`;

async function main(argv: string[]): Promise<number> {
  let args;
  try {
    args = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        out: { type: 'string', default: 'content/abstracts' },
        'dry-run': { type: 'boolean', default: false },
        force: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    console.error(`import: ${(error as Error).message}\n${usage}`);
    return 2;
  }
  const { values, positionals } = args;
  if (values.help) {
    console.log(help);
    return 0;
  }
  if (positionals.length === 0) {
    console.error(`import: expected at least one record file or folder\n${usage}`);
    return 2;
  }
  let recordFiles;
  try {
    recordFiles = findRecordFiles(positionals);
  } catch (error) {
    if (!(error instanceof MissingPathError)) throw error;
    console.error(`import: ${error.message}\n${usage}`);
    return 2;
  }
  if (recordFiles.length === 0) {
    console.error(
      `import: no ${recordExtensions.map((extension) => `*${extension}`).join(', ')} records in ${positionals.join(', ')}`,
    );
    return 2;
  }

  const display = (path: string) => {
    const fromHere = relative(process.cwd(), path);
    return fromHere.startsWith('..') ? path : fromHere || '.';
  };
  const outDir = resolve(values.out);
  if (existsSync(outDir) && !statSync(outDir).isDirectory()) {
    console.error(`import: --out ${values.out} is a file; expected a folder of content entries\n${usage}`);
    return 2;
  }
  const records = recordFiles.map((path) => ({ path: display(path), bytes: readFileSync(path) }));
  const compiled = await compileBatch(records, readEntryFiles(outDir, display));
  const plan = planImport(compiled.records, compiled.entries, {
    force: values.force,
    pathOf: (name) => display(join(outDir, `${name}.md`)),
  });

  const report = reportPlan(plan, compiled.records.length, values['dry-run']);
  if (report.status === 0 && !values['dry-run']) {
    // The writes are synchronous: with these listeners, Ctrl-C or a kill arriving meanwhile is
    // handled only after the last rename, so a batch is never left half-written.
    const wait = () => undefined;
    for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(signal, wait);
    try {
      commitOutcomes(outDir, plan.outcomes);
    } catch (error) {
      console.error(`import: could not write to ${display(outDir)}: ${(error as Error).message}`);
      return 1;
    }
  }
  if (report.stderr.length > 0) process.stderr.write(`${report.stderr.join('\n')}\n`);
  if (report.stdout.length > 0) process.stdout.write(`${report.stdout.join('\n')}\n`);
  return report.status;
}

process.exitCode = await main(process.argv.slice(2));
