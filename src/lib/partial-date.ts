/**
 * Dates as precise as the record gives them: `2019` is a year, `2019-03` a month, never
 * "1 March 2019". Stored as ISO 8601 text at that precision.
 */
export interface PartialDate {
  year: number;
  /** 1 to 12, when the month is known. */
  month?: number;
  /** 1 to 31, when the day is known (only with a month). */
  day?: number;
}

const isoPattern = /^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?$/;

/**
 * Reads `YYYY`, `YYYY-M` or `YYYY-M-D` (one- or two-digit month and day). Returns `undefined`
 * for anything else, including dates that do not exist (`2024-13-45`, `2023-02-29`).
 */
export function parsePartialDate(text: string): PartialDate | undefined {
  const match = isoPattern.exec(text.trim());
  if (!match) return undefined;
  const year = Number(match[1]);
  if (match[2] === undefined) return { year };
  const month = Number(match[2]);
  if (month < 1 || month > 12) return undefined;
  if (match[3] === undefined) return { year, month };
  const day = Number(match[3]);
  if (day < 1 || day > daysInMonth(year, month)) return undefined;
  return { year, month, day };
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

const pad = (n: number) => String(n).padStart(2, '0');

/** ISO 8601 at the date's own precision: `2019`, `2019-03`, `2019-03-04`. */
export function toIsoDate(date: PartialDate): string {
  let text = String(date.year);
  if (date.month !== undefined) text += `-${pad(date.month)}`;
  if (date.day !== undefined) text += `-${pad(date.day)}`;
  return text;
}

/**
 * The date in `locale`'s own words at the date's precision: `9 January 2020`, `March 2019`,
 * `2019` in `en-GB`; `2020年1月9日`, `2019年3月` in `zh-Hans-CN`.
 */
export function formatPartialDate(date: PartialDate, locale: string): string {
  const key = `${locale}/${date.year}-${date.month ?? ''}-${date.day ?? ''}`;
  let text = formatted.get(key);
  if (text === undefined) {
    const precision = date.day !== undefined ? 'day' : date.month !== undefined ? 'month' : 'year';
    const instant = new Date(Date.UTC(date.year, (date.month ?? 1) - 1, date.day ?? 1));
    text = formatter(locale, precision).format(instant);
    formatted.set(key, text);
  }
  return text;
}

type Precision = 'year' | 'month' | 'day';

// Building an Intl.DateTimeFormat costs far more than using one, and even using one shows in a
// 10,000-paper build, which formats a million dates (every related citation on every page), a
// few ten thousand of them distinct.
const formatters = new Map<string, Intl.DateTimeFormat>();
const formatted = new Map<string, string>();

function formatter(locale: string, precision: Precision): Intl.DateTimeFormat {
  const key = `${locale}/${precision}`;
  let cached = formatters.get(key);
  if (!cached) {
    const options: Intl.DateTimeFormatOptions = { year: 'numeric', timeZone: 'UTC' };
    if (precision !== 'year') options.month = 'long';
    if (precision === 'day') options.day = 'numeric';
    cached = new Intl.DateTimeFormat(locale, options);
    formatters.set(key, cached);
  }
  return cached;
}

/**
 * Orders dates newest first. A less precise date sorts after the more precise dates inside it
 * (`2019` after `2019-03`), since it could be any of them and is listed last by convention.
 */
export function compareNewestFirst(a: PartialDate, b: PartialDate): number {
  return b.year - a.year || (b.month ?? 0) - (a.month ?? 0) || (b.day ?? 0) - (a.day ?? 0);
}
