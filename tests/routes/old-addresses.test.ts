import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { langs } from '../../src/i18n/locales.ts';
import { paperPath } from '../../src/lib/paths.ts';
import { movedSideBySidePage, oldSideBySidePath } from '../../src/routes/old-addresses.ts';

const slug = 'j-transl-med-2020-18-14';
const read = (file: string) => readFileSync(new URL(`../../${file}`, import.meta.url), 'utf8');

/** Where each host's redirect file sends `path`, applying its rules as the host does. */
const hosts: Record<string, (path: string) => string | undefined> = {
  'public/_redirects': (path) => {
    for (const line of read('public/_redirects').split('\n')) {
      const [from, to, status] = line.split(/\s+/);
      if (!from || from.startsWith('#') || status !== '301') continue;
      const names: string[] = [];
      const pattern = from.replace(/:(\w+)/g, (_match, name: string) => (names.push(name), '([^/]+)'));
      const match = new RegExp(`^${pattern}$`).exec(path);
      if (match) return names.reduce((target, name, index) => target!.replace(`:${name}`, match[index + 1]!), to);
    }
    return undefined;
  },
  'vercel.json': (path) => {
    const { redirects } = JSON.parse(read('vercel.json')) as {
      redirects: { source: string; destination: string; permanent: boolean }[];
    };
    for (const { source, destination, permanent } of redirects) {
      if (!permanent) continue;
      const names: string[] = [];
      const pattern = source.replace(/:(\w+)(\([^)]*\))?/g, (_match, name: string, group?: string) => {
        names.push(name);
        return group ?? '([^/]+)';
      });
      const match = new RegExp(`^${pattern}$`).exec(path);
      if (match)
        return names.reduce((target, name, index) => target.replace(`:${name}`, match[index + 1]!), destination);
    }
    return undefined;
  },
  'deploy/nginx.conf': (path) => {
    const [, pattern, target] = /location ~ (\S+) \{\s*return 301 (\S+);/.exec(read('deploy/nginx.conf')) ?? [];
    const match = new RegExp(pattern!).exec(path);
    return match ? target!.replace(/\$(\d)/g, (_all, index: string) => match[Number(index)]!) : undefined;
  },
  'deploy/apache.htaccess': (path) => {
    const [, pattern, target] = /^RewriteRule (\S+) (\S+) \[R=301,NE,L\]$/m.exec(read('deploy/apache.htaccess')) ?? [];
    // In a .htaccess, Apache matches the path without its leading slash.
    const match = new RegExp(pattern!).exec(path.slice(1));
    return match ? target!.replace(/\$(\d)/g, (_all, index: string) => match[Number(index)]!) : undefined;
  },
};

describe("a paper's old side-by-side address", () => {
  test.each(Object.keys(hosts))('is redirected by %s to the side-by-side view of its paper page', (host) => {
    for (const lang of langs) {
      expect(hosts[host]!(oldSideBySidePath('/', lang, slug))).toBe(`${paperPath('/', lang, slug)}#side-by-side`);
    }
    expect(hosts[host]!(paperPath('/', 'en', slug))).toBeUndefined();
  });

  test('has a page for hosts without redirects, sending the browser on and naming the paper page as canonical', () => {
    const html = movedSideBySidePage('https://journal.example.org', '/abstracts/', 'zh-Hans', slug);
    expect(html).toContain(`<html lang="zh-Hans">`);
    expect(html).toContain(`<meta http-equiv="refresh" content="0; url=/abstracts/zh/${slug}/#side-by-side">`);
    expect(html).toContain(`<link rel="canonical" href="https://journal.example.org/abstracts/zh/${slug}/">`);
    expect(html).toContain(`<a href="/abstracts/zh/${slug}/#side-by-side">本文的中英对照视图已移至论文页面。</a>`);
  });
});
