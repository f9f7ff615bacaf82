import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { paperCslItem } from '../../lib/paper-scholarly.ts';
import { referenceFiles, type ReferenceFileExtension } from '../../lib/reference-files.ts';

/** One static file per paper at `/cite/<slug>.<extension>`, written at build time. */
export function referenceFileRoute(extension: ReferenceFileExtension) {
  const getStaticPaths = (async () =>
    (await getCollection('abstracts')).map((entry) => ({
      params: { slug: entry.id },
      props: { entry },
    }))) satisfies GetStaticPaths;
  type Props = Awaited<ReturnType<typeof getStaticPaths>>[number]['props'];
  const GET: APIRoute<Props> = ({ props }) => {
    const { mediaType, write } = referenceFiles[extension];
    return new Response(write(paperCslItem(props.entry.id, props.entry.data, { withAbstract: true })), {
      headers: { 'content-type': `${mediaType}; charset=utf-8` },
    });
  };
  return { getStaticPaths, GET };
}
