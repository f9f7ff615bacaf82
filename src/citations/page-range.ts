/** The first and last page of an article, as metadata harvesters want them separately. */
export interface PageRange {
  first: string;
  /** Absent for a single page or an electronic locator (`e0123456`). */
  last?: string;
}

/**
 * Splits `249-255` into its first and last page. NLM abbreviates ranges (`249-55`, `1021-4`):
 * a shorter numeric last page takes its missing leading digits from the first, so harvesters
 * get `255`, never `55`.
 */
export function pageRange(pages: string): PageRange {
  const [first = '', last, ...rest] = pages.split(/\s*[-–]\s*/);
  if (last === undefined || rest.length > 0 || !last) return { first: pages.trim() };
  if (/^\d+$/.test(first) && /^\d+$/.test(last) && last.length < first.length) {
    return { first, last: first.slice(0, first.length - last.length) + last };
  }
  return { first, last };
}

/** Pages as a range in full (`249-255`), for formats that print the range. */
export function fullPages(pages: string): string {
  const { first, last } = pageRange(pages);
  return last ? `${first}-${last}` : first;
}
