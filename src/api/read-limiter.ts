/**
 * At most `max` read transactions of the API in flight at once, the others waiting
 * their turn in order. Neo4j does more work per query, not more queries, when it runs
 * many more transactions than it has cores (measured with bench:api on two cores:
 * 17.5 ms of Neo4j CPU a request at 16 connections, 27.9 ms at 64), so the queue is
 * better kept here.
 */
export class ReadLimiter {
  readonly #max: number;
  #running = 0;
  readonly #waiting: (() => void)[] = [];

  constructor(max: number) {
    this.#max = max;
  }

  /** Runs `work` when a slot is free. */
  async run<T>(work: () => Promise<T>): Promise<T> {
    if (this.#running >= this.#max) await new Promise<void>((resolve) => this.#waiting.push(resolve));
    else this.#running += 1;
    try {
      return await work();
    } finally {
      const next = this.#waiting.shift();
      if (next) next();
      else this.#running -= 1;
    }
  }
}
