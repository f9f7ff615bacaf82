import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { astroCsp, cspHeader } from '../../src/security/content-security-policy.ts';

const read = (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');

describe('the Content-Security-Policy', () => {
  test('refuses inline scripts and JavaScript eval, allows WebAssembly for the search', () => {
    const scriptSrc = cspHeader()
      .split('; ')
      .find((directive) => directive.startsWith('script-src '));
    expect(scriptSrc).toBe("script-src 'self' 'wasm-unsafe-eval'");
    expect(cspHeader()).not.toMatch(/'unsafe-inline'|'unsafe-eval'/);
  });

  test.each([
    ['public/_headers', (text: string) => /^ {2}Content-Security-Policy: (.*)$/m.exec(text)?.[1]],
    ['deploy/nginx.conf', (text: string) => /^add_header Content-Security-Policy "(.*)" always;$/m.exec(text)?.[1]],
    ['deploy/apache.htaccess', (text: string) => /^Header always set Content-Security-Policy "(.*)"$/m.exec(text)?.[1]],
    [
      'vercel.json',
      (text: string) =>
        (JSON.parse(text) as { headers: { headers: { key: string; value: string }[] }[] }).headers[0]?.headers.find(
          (header) => header.key === 'Content-Security-Policy',
        )?.value,
    ],
  ])('%s sends the policy as it is written in src/security', (path, policyIn) => {
    expect(policyIn(read(path))).toBe(cspHeader());
  });

  test("Astro's <meta> holds the same policy but for what only a header can say", () => {
    const csp = astroCsp();
    expect(csp.directives).not.toContainEqual(expect.stringMatching(/^(?:script-src|style-src|frame-ancestors) /));
    const meta = [...csp.directives, `script-src ${csp.scriptDirective.resources.join(' ')}`];
    meta.push(`style-src ${csp.styleDirective.resources.join(' ')}`);
    expect(new Set(meta)).toEqual(
      new Set(
        cspHeader()
          .split('; ')
          .filter((d) => !d.startsWith('frame-ancestors')),
      ),
    );
  });
});
