import type { APIRoute } from 'astro';
import { withBase } from '../lib/paths.ts';

// Everything may be crawled; the sitemap lists every page with its language alternates.
export const GET: APIRoute = ({ site }) => {
  const sitemap = new URL(withBase(import.meta.env.BASE_URL, 'sitemap-index.xml'), site).href;
  return new Response(`User-agent: *\nAllow: /\n\nSitemap: ${sitemap}\n`, {
    headers: { 'content-type': 'text/plain; charset=utf-8' },
  });
};
