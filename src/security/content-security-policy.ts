/**
 * The site's Content-Security-Policy, written once: Astro puts it in a `<meta>` of every page
 * (with hashes of what it bundles), and the header files for static hosts carry it as a header
 * (`public/_headers`, `deploy/`, `vercel.json`; a unit test keeps them equal to this).
 *
 * No inline script or style runs: every script and stylesheet is a file of the site (the build
 * never inlines them, see `astro.config.mjs`). Pagefind compiles its WebAssembly index reader,
 * hence `'wasm-unsafe-eval'` (WebAssembly only; `eval` of JavaScript stays refused); its
 * stylesheet draws icons as `data:` images.
 */
export const contentSecurityPolicy = {
  'default-src': ["'self'"],
  'script-src': ["'self'", "'wasm-unsafe-eval'"],
  'style-src': ["'self'"],
  'img-src': ["'self'", 'data:'],
  'object-src': ["'none'"],
  'base-uri': ["'self'"],
  'form-action': ["'self'"],
  // Only a header can forbid framing: browsers ignore this directive in a `<meta>`.
  'frame-ancestors': ["'none'"],
} as const satisfies Record<string, readonly string[]>;

type Directive = keyof typeof contentSecurityPolicy;

/** Directives Astro's `security.csp` writes itself (with its hashes) or a `<meta>` cannot hold. */
const notInMeta = ['script-src', 'style-src', 'frame-ancestors'] as const;
type MetaDirective = Exclude<Directive, (typeof notInMeta)[number]>;
const inMeta = (directive: Directive): directive is MetaDirective =>
  !(notInMeta as readonly Directive[]).includes(directive);

/** The policy as one header value: `default-src 'self'; script-src ...`. */
export function cspHeader(): string {
  return Object.entries(contentSecurityPolicy)
    .map(([directive, sources]) => `${directive} ${sources.join(' ')}`)
    .join('; ');
}

/** Astro's `security.csp` option for the same policy. */
export function astroCsp() {
  const directives = Object.keys(contentSecurityPolicy) as Directive[];
  return {
    directives: directives
      .filter(inMeta)
      .map((directive) => `${directive} ${contentSecurityPolicy[directive].join(' ')}` as const),
    scriptDirective: { resources: [...contentSecurityPolicy['script-src']] },
    styleDirective: { resources: [...contentSecurityPolicy['style-src']] },
  };
}
