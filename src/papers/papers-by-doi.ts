/**
 * Papers filed by DOI, to keep one paper per DOI: the content loader and the importer both look
 * a paper's DOI up here before filing it. DOIs are case-insensitive (`10.1111/JSR.13120` and
 * `10.1111/jsr.13120` name one article), so this is the one place that compares them.
 */
export class PapersByDoi<T> {
  readonly #papers = new Map<string, T>();

  /** The paper filed under `doi`, whatever its letter case; none when there is no DOI. */
  get(doi: string | undefined): T | undefined {
    return doi === undefined ? undefined : this.#papers.get(doi.toLowerCase());
  }

  /** Files `paper` under `doi`, in place of any paper filed under it before. */
  set(doi: string, paper: T): void {
    this.#papers.set(doi.toLowerCase(), paper);
  }
}
