/** A paper's page on PubMed. */
export function pubmedUrl(pmid: string): string {
  return `https://pubmed.ncbi.nlm.nih.gov/${pmid}/`;
}

/** A paper's full text on PubMed Central. */
export function pmcUrl(pmcid: string): string {
  return `https://pmc.ncbi.nlm.nih.gov/articles/${pmcid}/`;
}

/** A researcher's ORCID record. */
export function orcidUrl(orcid: string): string {
  return `https://orcid.org/${orcid}`;
}
