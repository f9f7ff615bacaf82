/** The resolver URL of a DOI. Its suffix is percent-encoded where a URL needs it, `/` kept. */
export function doiUrl(doi: string): string {
  return `https://doi.org/${doi.split('/').map(encodeURIComponent).join('/')}`;
}
