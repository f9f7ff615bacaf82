import { Feed } from 'feed';
import type { PartialDate } from '../lib/partial-date.ts';

/** One paper in a language's feed. */
export interface FeedEntry {
  title: string;
  /** The paper's page in the feed's language (absolute): the entry's link and its id. */
  url: string;
  date: PartialDate;
  /** The authors' names as the page shows them. */
  authors: readonly string[];
  /** Plain text: journal and date in the feed's language. */
  summary: string;
  /** The abstract's HTML as the page shows it. */
  contentHtml: string;
}

/** A language's feed of papers. */
export interface AtomFeed {
  /** BCP 47 tag of the feed's text, written as its `xml:lang`. */
  lang: string;
  title: string;
  /** The feed's own absolute URL: its id and `rel="self"` link. */
  url: string;
  /** The language's home page (absolute). */
  homeUrl: string;
  /** Newest first. */
  entries: readonly FeedEntry[];
}

/**
 * The feed as Atom 1.0, written by `feed`. It is rebuilt with the site, so every time in it
 * comes from the papers, never the clock: the feed is `updated` at its newest paper's date and
 * a build of unchanged content gives the same bytes. A date known to the month or year stands
 * at its first day (Atom wants full timestamps).
 */
export function atomFeed(feed: AtomFeed): string {
  const first = feed.entries[0];
  const writer = new Feed({
    id: feed.url,
    title: feed.title,
    link: feed.homeUrl,
    feedLinks: { atom: feed.url },
    updated: first ? timestamp(first.date) : new Date(0),
    generator: false,
  });
  for (const entry of feed.entries) {
    writer.addItem({
      // `feed` types titles and summaries as HTML: text goes in escaped.
      title: escapeHtml(entry.title),
      id: entry.url,
      link: entry.url,
      date: timestamp(entry.date),
      published: timestamp(entry.date),
      description: escapeHtml(entry.summary),
      content: entry.contentHtml,
      author: entry.authors.map((name) => ({ name })),
    });
  }
  const root = '<feed xmlns="http://www.w3.org/2005/Atom">';
  const xml = writer.atom1();
  // `feed` has no option for the Atom `xml:lang`, which tells readers the language of the text.
  if (!xml.includes(root)) throw new Error('feed wrote an Atom root element this site does not know');
  return `${xml.replace(root, `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${feed.lang}">`)}\n`;
}

function timestamp(date: PartialDate): Date {
  return new Date(Date.UTC(date.year, (date.month ?? 1) - 1, date.day ?? 1));
}

const htmlEscapes: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };

/**
 * Text as HTML for `feed`, which writes titles and summaries inside CDATA sections. `>` must be
 * escaped too, or a `]]>` in a title would end the section; hast-util-to-html, the HTML
 * serializer the site keeps, escapes only `<` and `&` in text, so it cannot stand in here.
 */
function escapeHtml(text: string): string {
  return text.replace(/[&<>]/g, (char) => htmlEscapes[char] ?? char);
}
