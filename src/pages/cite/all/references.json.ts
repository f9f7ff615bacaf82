import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { paperCslItem } from '../../../citations/csl-item.ts';

/**
 * Every paper's reference as one CSL-JSON file (`/cite/all/references.json`), abstracts
 * included: the collection to import into a reference manager at once. The build's second step
 * writes each paper's `.bib`, `.ris` and `.json` from it (src/citations/write-reference-files.ts).
 */
export const GET: APIRoute = async () => {
  const papers = await getCollection('abstracts');
  const items = papers.map((entry) => paperCslItem(entry.id, entry.data));
  return new Response(`${JSON.stringify(items)}\n`, {
    headers: { 'content-type': 'application/vnd.citationstyles.csl+json; charset=utf-8' },
  });
};
