/**
 * The overview's aggregations (a period's events counted by type, by actor, by pair)
 * read every event of the period: the one part of the API whose cost grows with the
 * data rather than with the page. Their results are kept between requests, each with
 * the version of the graph it was computed on (`cypher/read/graph-version.cypher`: the
 * numbers of articles, events and relationships, read from the count store once per
 * request), and used only while the graph is at that version. Seeding only adds, so a
 * seeding that commits anything changes the version and the next request computes
 * afresh: an answer is never older than the graph. (A hand edit in Neo4j Browser that
 * changes properties without adding or removing anything would not be noticed.)
 */
export class AggregateCache {
  readonly #entries = new Map<string, { version: string; rows: unknown[] }>();
  readonly #maxEntries: number;

  /** `maxEntries`: results kept at most (the least recently used go first). Default 512. */
  constructor(maxEntries = 512) {
    this.#maxEntries = maxEntries;
  }

  /** The rows kept for `key` at `version`, or undefined. */
  get<T>(key: string, version: string): T[] | undefined {
    const entry = this.#entries.get(key);
    if (!entry || entry.version !== version) return undefined;
    this.#entries.delete(key);
    this.#entries.set(key, entry);
    return entry.rows as T[];
  }

  set(key: string, version: string, rows: unknown[]): void {
    this.#entries.delete(key);
    this.#entries.set(key, { version, rows });
    while (this.#entries.size > this.#maxEntries) this.#entries.delete(this.#entries.keys().next().value!);
  }
}
