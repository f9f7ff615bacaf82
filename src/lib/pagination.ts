/** Papers per home page: a long scroll on a phone, and still a light page at 10,000 papers. */
export const homePageSize = 100;

/** One page of a long list. */
export interface ListPage<T> {
  /** 1-based page number. */
  number: number;
  /** Total number of pages (at least 1, even for an empty list). */
  count: number;
  /** The items of this page. */
  items: T[];
  /** Index (0-based) of the first item on this page in the whole list. */
  start: number;
}

/** Cuts `items` into pages of `size`; an empty list still has one (empty) page. */
export function paginate<T>(items: readonly T[], size: number): ListPage<T>[] {
  const count = Math.max(1, Math.ceil(items.length / size));
  return Array.from({ length: count }, (_, index) => ({
    number: index + 1,
    count,
    items: items.slice(index * size, (index + 1) * size),
    start: index * size,
  }));
}

/** The rest parameter of a home page's URL: none for page 1 (`/en/`), `page/2` (`/en/page/2/`) after. */
export function pageParam(number: number): string | undefined {
  return number === 1 ? undefined : `page/${number}`;
}
