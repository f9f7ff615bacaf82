/**
 * The fragment that turns a paper page to its side-by-side view (`/en/<slug>/#side-by-side`, the
 * id of the paper's `<article>`): the view is shown while it, or a row of the view, is the
 * page's target. A module of its own,
 * small enough for the reader's script.
 */
export const sideBySideFragment = 'side-by-side';

/** The id of a section's row in the side-by-side view: `side-by-side-methods`. */
export function sideBySideRowId(section: string): string {
  return `${sideBySideFragment}-${section}`;
}
