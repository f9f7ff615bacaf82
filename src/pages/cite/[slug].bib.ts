import { referenceFileRoute } from './_reference-file.ts';

export const { getStaticPaths, GET } = referenceFileRoute('bib');
