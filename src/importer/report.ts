import type { Plan } from './batch.ts';

/** What the command prints for a plan, and the exit status it ends with. */
export interface Report {
  /** One line per record (`created`, `updated`, `unchanged`), then a summary. */
  stdout: string[];
  /** Warnings, then errors and what happened because of them. */
  stderr: string[];
  /** 0 when every record was handled, 1 when any was refused (and nothing written). */
  status: 0 | 1;
}

/** The report of a plan for `records` record files; `dryRun` when nothing is to be written. */
export function reportPlan(plan: Plan, records: number, dryRun: boolean): Report {
  if (plan.errors.length > 0) {
    const refused =
      plan.refused > 0 ? `${plan.refused} of ${records} records refused` : 'the content folder has errors';
    return { stdout: [], stderr: [...plan.warnings, ...plan.errors, `import: ${refused}; nothing written`], status: 1 };
  }
  const count = (status: string) => plan.outcomes.filter((outcome) => outcome.status === status).length;
  return {
    stdout: [
      ...plan.outcomes.map((outcome) => `${outcome.status.padEnd(9)} ${outcome.path}  <- ${outcome.record}`),
      `${count('created')} created, ${count('updated')} updated, ${count('unchanged')} unchanged` +
        (dryRun ? ' (dry run: nothing written)' : ''),
    ],
    stderr: plan.warnings,
    status: 0,
  };
}
