import type { PagefindFragment } from './pagefind-api.ts';
import { excerptPieces, shownSubResults } from './result-view.ts';

/**
 * A result as a list item: the page's title as a link, its excerpt, and under it the sections
 * (headings, related citations) the query was found in, each a link with its own excerpt. Every
 * text is set as text: titles and excerpts come from the index, never parsed as HTML.
 */
export function resultItem(fragment: PagefindFragment): HTMLLIElement {
  const item = element('li', 'search-result');
  const title = element('p', 'search-result-title');
  title.append(link(fragment.url, fragment.meta.title ?? fragment.url, 'search-result-link'));
  item.append(title, excerpt(fragment.excerpt, 'search-result-excerpt'));
  const sections = shownSubResults(fragment.url, fragment.sub_results);
  if (sections.length > 0) {
    const list = element('ul', 'search-result-sections');
    for (const section of sections) {
      const entry = element('li');
      entry.append(
        link(section.url, section.title, 'search-section-link'),
        excerpt(section.excerpt, 'search-section-excerpt'),
      );
      list.append(entry);
    }
    item.append(list);
  }
  return item;
}

function excerpt(html: string, className: string): HTMLElement {
  const paragraph = element('p', className);
  for (const piece of excerptPieces(html)) {
    if (!piece.marked) {
      paragraph.append(piece.text);
      continue;
    }
    const mark = element('mark');
    mark.textContent = piece.text;
    paragraph.append(mark);
  }
  return paragraph;
}

function link(href: string, text: string, className: string): HTMLAnchorElement {
  const anchor = element('a', className);
  anchor.href = href;
  anchor.textContent = text;
  return anchor;
}

function element<Name extends keyof HTMLElementTagNameMap>(
  name: Name,
  className?: string,
): HTMLElementTagNameMap[Name] {
  const created = document.createElement(name);
  if (className) created.className = className;
  return created;
}
