/**
 * Runs the work for one stream one piece at a time, in the order it arrived; work for other streams runs
 * alongside. Appends committed together would otherwise race for the same revision of a busy stream, all
 * but one failing and retrying in the next commit. The store's expected revision still guards against
 * writers in other processes.
 */
export class StreamLocks {
  private readonly tails = new Map<string, Promise<void>>();

  async run<T>(stream: string, work: () => Promise<T>): Promise<T> {
    const previous = this.tails.get(stream);
    let release!: () => void;
    const tail = new Promise<void>((resolve) => (release = resolve));
    this.tails.set(stream, tail);
    try {
      if (previous) await previous;
      return await work();
    } finally {
      release();
      if (this.tails.get(stream) === tail) this.tails.delete(stream);
    }
  }
}
