import { unified } from '@astrojs/markdown-remark';
import remarkSectionIds from './remark-section-ids.ts';
import rehypeAbstractSections from './rehype-abstract-sections.ts';
import rehypeSanitizeAbstract from './rehype-sanitize-abstract.ts';

/**
 * The Markdown pipeline of the abstracts, used by Astro (`markdown.processor`) and by the
 * plugin fixture tests alike. Abstracts are quoted text: no SmartyPants quotes or dashes, and
 * no GFM (a `~` means "about", never strikethrough). Abstracts come from outside, so their HTML
 * is sanitized before anything is built on it.
 */
export const abstractProcessor = unified({
  remarkPlugins: [remarkSectionIds],
  rehypePlugins: [rehypeSanitizeAbstract, rehypeAbstractSections],
  smartypants: false,
  gfm: false,
});
