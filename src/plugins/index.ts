import { unified } from '@astrojs/markdown-remark';
import remarkSectionIds from './remark-section-ids.ts';
import rehypeAbstractSections from './rehype-abstract-sections.ts';

/**
 * The Markdown pipeline of the abstracts, used by Astro (`markdown.processor`) and by the
 * plugin fixture tests alike. Abstracts are quoted text: no SmartyPants quotes or dashes, and
 * no GFM (a `~` means "about", never strikethrough).
 */
export const abstractProcessor = unified({
  remarkPlugins: [remarkSectionIds],
  rehypePlugins: [rehypeAbstractSections],
  smartypants: false,
  gfm: false,
});
