import type { Options as SanitizeSchema } from 'rehype-sanitize';

/**
 * Elements holding blocks or a paragraph's worth of text. Markdown writes them (paragraphs,
 * `##` section headings, lists, quotes, code blocks); raw HTML may write paragraphs, quotes and
 * rules, but its headings and list items become plain paragraphs (see
 * `rehype-sanitize-abstract.ts`), so raw HTML can add neither a section nor an id.
 */
export const blockTags = ['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'li', 'blockquote', 'pre', 'hr'];

/** Inline elements abstracts use (chemical formulae, units, species names, emphasis). */
export const inlineTags = [
  'sub',
  'sup',
  'i',
  'em',
  'b',
  'strong',
  'u',
  'small',
  'br',
  'wbr',
  'span',
  'bdi',
  'abbr',
  'code',
  'a',
];

/**
 * The allowlist for the HTML of an abstract, for rehype-sanitize: every element and attribute
 * not named here is dropped. No element may carry an `id` or `name` (the pipeline sets section
 * ids itself, after sanitizing, see `rehype-sanitize-abstract.ts`), nor `style`, `class`, event
 * handlers or a URL other than an absolute `http:`, `https:` or `mailto:` link.
 */
export const abstractHtmlSchema: SanitizeSchema = {
  tagNames: [...blockTags, ...inlineTags],
  attributes: {
    // `dir` lets a right-to-left phrase be isolated; `lang` is left out because a value the
    // IANA registry does not know would make the page invalid.
    '*': [['dir', 'ltr', 'rtl', 'auto']],
    a: [['href', /^(?:https?:\/\/|mailto:)/i]],
    abbr: ['title'],
    ol: [['start', /^\d{1,9}$/]],
  },
  // The `href` pattern above checks the scheme in any letter case (the default protocol check
  // is case-sensitive); `rehype-sanitize-abstract.ts` checks the parsed URL again.
  protocols: {},
  required: { a: { rel: ['noopener'] } },
  // A list item outside a list would be invalid HTML: its content is kept, the `<li>` is not.
  ancestors: { li: ['ul', 'ol'] },
  // Elements whose content is code, styling, graphics or another document: dropped with their
  // content. Other elements not allowed (`div`, `font`, MathML) are unwrapped: their text stays.
  strip: [
    'script',
    'style',
    'iframe',
    'frame',
    'frameset',
    'object',
    'embed',
    'noscript',
    'noembed',
    'noframes',
    'template',
    'textarea',
    'select',
    'svg',
    'canvas',
    'audio',
    'video',
    'title',
    'xmp',
    'plaintext',
  ],
  clobber: [],
  allowComments: false,
  allowDoctypes: false,
};
