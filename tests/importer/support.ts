import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { planImport, type Outcome } from '../../src/importer/batch.ts';
import { compileFile, indexEntry } from '../../src/importer/compile.ts';
import { recordExtensions } from '../../src/importer/files.ts';
import { reportPlan } from '../../src/importer/report.ts';

/** The importer fixture folders: `<case>/input/*` (records and exports), and `<case>/existing/*.md` when the case has entries. */
export const fixtures = new URL('../fixtures/importer/', import.meta.url);

/**
 * Imports a fixture case as the command would, without writing: records from `input/`, entries
 * from `existing/` (the content folder). Returns what the command prints (stderr, then stdout)
 * and the entries it would write.
 */
export function importCase(name: string): { printed: string; outcomes: Outcome[]; status: number } {
  const dir = new URL(`${name}/`, fixtures);
  const list = (folder: string, ext: readonly string[]) =>
    existsSync(new URL(folder, dir))
      ? readdirSync(new URL(folder, dir))
          .filter((file) => ext.some((extension) => file.endsWith(extension)))
          .sort()
      : [];
  const records = list('input/', recordExtensions).map((file) => ({
    path: `input/${file}`,
    bytes: readFileSync(new URL(`input/${file}`, dir)),
  }));
  const entries = list('existing/', ['.md']).map((file) =>
    indexEntry({
      name: file.slice(0, -'.md'.length),
      path: `existing/${file}`,
      text: readFileSync(new URL(`existing/${file}`, dir), 'utf8'),
    }),
  );
  const optionsFile = new URL('options.json', dir);
  const { force = false } = existsSync(optionsFile)
    ? (JSON.parse(readFileSync(optionsFile, 'utf8')) as { force?: boolean })
    : {};
  const compiled = records.flatMap(compileFile);
  const plan = planImport(compiled, entries, { force, pathOf: (slug) => `existing/${slug}.md` });
  const report = reportPlan(plan, compiled.length, false);
  return {
    printed: [...report.stderr, ...report.stdout].join('\n') + '\n',
    outcomes: report.status === 0 ? plan.outcomes : [],
    status: report.status,
  };
}
