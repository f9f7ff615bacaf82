import { readdirSync, readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { fixtures } from './support.ts';

const imported = new URL('pubmed-exports-with-translations/output/', fixtures);
const site = new URL('../site/abstracts/', fixtures);

test.each(readdirSync(imported).sort())(
  'the fixture site shows %s as the importer writes it from the PubMed exports and translations',
  (name) => {
    expect(readFileSync(new URL(name, site), 'utf8')).toBe(readFileSync(new URL(name, imported), 'utf8'));
  },
);
