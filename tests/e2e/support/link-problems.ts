import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';
import { pagePath, type BuiltSite } from './built-sites.ts';

/** Attributes that hold a URL the page links to or loads. */
const urlAttributes: Record<string, string> = {
  a: 'href',
  area: 'href',
  link: 'href',
  script: 'src',
  img: 'src',
  source: 'src',
  iframe: 'src',
  video: 'src',
  audio: 'src',
  track: 'src',
  form: 'action',
  object: 'data',
};

const trees = new Map<string, Root>();
function parse(file: string): Root {
  let tree = trees.get(file);
  if (!tree) trees.set(file, (tree = fromHtml(readFileSync(file, 'utf8'))));
  return tree;
}

/** Every `id` of a page (and `name` of its anchors): what a `#fragment` may point at. */
function anchorsOf(file: string): Set<string> {
  const anchors = new Set<string>();
  visit(parse(file), 'element', (node: Element) => {
    const { id, name } = node.properties;
    if (typeof id === 'string') anchors.add(id);
    if (node.tagName === 'a' && typeof name === 'string') anchors.add(name);
  });
  return anchors;
}

/**
 * What is wrong with the links of a page: an internal URL (relative, or on the site's own
 * origin) that leaves the base path or names no file of the build, a `#fragment` no element of
 * the target page carries, and an external link without `rel="noopener"`.
 */
export function linkProblems(site: BuiltSite, page: string): string[] {
  const pageUrl = new URL(pagePath(page), site.root);
  const problems: string[] = [];
  visit(parse(join(site.dir, page)), 'element', (node: Element) => {
    const attribute = urlAttributes[node.tagName];
    const value = attribute ? node.properties[attribute === 'href' ? 'href' : attribute] : undefined;
    if (typeof value !== 'string') return;
    const where = `<${node.tagName} ${attribute}="${value}">`;
    const url = new URL(value, pageUrl);
    if (url.origin !== site.root.origin) {
      const rel = node.properties['rel'];
      const rels = Array.isArray(rel) ? rel.map(String) : [];
      if ((node.tagName === 'a' || node.tagName === 'area') && /^https?:$/.test(url.protocol)) {
        if (!rels.includes('noopener') && !rels.includes('noreferrer'))
          problems.push(`${where}: external link without rel="noopener"`);
      }
      return;
    }
    if (!url.pathname.startsWith(site.root.pathname)) {
      problems.push(`${where}: outside the site's base path ${site.root.pathname}`);
      return;
    }
    const relative = decodeURIComponent(url.pathname.slice(site.root.pathname.length));
    const target = join(site.dir, relative.endsWith('/') || relative === '' ? `${relative}index.html` : relative);
    if (!existsSync(target) || !statSync(target).isFile()) {
      const directory = existsSync(join(site.dir, relative)) && statSync(join(site.dir, relative)).isDirectory();
      problems.push(`${where}: ${directory ? 'a folder: the URL must end with "/"' : 'no such file in the build'}`);
      return;
    }
    const fragment = decodeURIComponent(url.hash.slice(1));
    if (fragment && fragment !== 'top' && target.endsWith('.html') && !anchorsOf(target).has(fragment)) {
      problems.push(`${where}: no element with id "${fragment}" on that page`);
    }
  });
  return problems;
}
