import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { paperCslItem } from '../../citations/csl-item.ts';
import { referenceFiles, type ReferenceFileExtension } from '../../citations/reference-files.ts';

/**
 * A paper's reference file at `/cite/<slug>.<extension>`, served by `astro dev` only. A build
 * writes these files in its second step, all in one pass from `/cite/all/references.json`
 * (src/citations/write-reference-files.ts): as routes, Astro took 1.1-1.6 ms for each of them,
 * 47 s for the 30,000 files of 10,000 papers; the pass takes a few seconds, beside the index.
 */
export function referenceFileRoute(extension: ReferenceFileExtension) {
  const getStaticPaths = (async () =>
    import.meta.env.DEV
      ? (await getCollection('abstracts')).map((entry) => ({ params: { slug: entry.id }, props: { entry } }))
      : []) satisfies GetStaticPaths;
  type Props = Awaited<ReturnType<typeof getStaticPaths>>[number]['props'];
  const GET: APIRoute<Props> = ({ props }) => {
    const { mediaType, write } = referenceFiles[extension];
    return new Response(write(paperCslItem(props.entry.id, props.entry.data)), {
      headers: { 'content-type': `${mediaType}; charset=utf-8` },
    });
  };
  return { getStaticPaths, GET };
}
