import { slug as anchorSlug } from 'github-slugger';
import { describe, expect, test } from 'vitest';
import { asciiSlug } from '../../src/importer/slug.ts';

describe('asciiSlug', () => {
  test.each([
    ['Medicina (Kaunas)', 'medicina-kaunas', 'medicina-kaunas'],
    ['Rev Méd Suisse', 'rev-med-suisse', 'rev-méd-suisse'],
    ['METHODS/DESIGN', 'methods-design', 'methodsdesign'],
    ['AIMS & OBJECTIVES', 'aims-objectives', 'aims--objectives'],
    ['研究设计', '', '研究设计'],
  ])('writes %s as %s, where an anchor would be %s', (text, written, anchor) => {
    expect(asciiSlug(text)).toBe(written);
    // The site's anchors keep github-slugger's scheme; the importer must not drift towards it.
    expect(anchorSlug(text)).toBe(anchor);
  });
});
