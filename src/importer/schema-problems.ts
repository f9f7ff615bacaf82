import { paperSchema, type PaperInput } from '../papers/schema.ts';
import type { Problem } from './parse.ts';

/**
 * What the site's schema finds wrong with a record's facts, each at the line of the source the
 * field came from: `lineOf` gives it from the field and its index (`authors`, 2), else `fallback`.
 */
export function schemaProblems(
  facts: PaperInput,
  lineOf: (field: PropertyKey | undefined, index: PropertyKey | undefined) => number | undefined,
  fallback: number,
): Problem[] {
  const checked = paperSchema.safeParse(facts);
  if (checked.success) return [];
  return checked.error.issues.map((issue) => {
    const [field, index] = issue.path;
    return { line: lineOf(field, index) ?? fallback, message: `${issue.path.join('.')}: ${issue.message}` };
  });
}
