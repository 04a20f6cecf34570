interface Waiter<V> {
  resolve: (value: V | undefined) => void;
  reject: (error: unknown) => void;
}

/**
 * Group commit for reads and checks: keys asked for while a run is in flight wait and go
 * together in the next run. Alone, a caller is served at once; under load (fifty people
 * typing in one section), one statement serves everyone who asked meanwhile, instead of one
 * each queuing for the database. Every caller gets an answer from a run that started after
 * it asked, so nobody is answered from older data than a query of its own would have read.
 * A key asked for twice in one run is looked up once; the first caller's `arg` is the one used.
 */
export class GroupWhileBusy<K, V, A = undefined> {
  private waiting = new Map<K, { arg: A; waiters: Waiter<V>[] }>();
  private busy = false;

  constructor(private readonly run: (batch: Map<K, A>) => Promise<Map<K, V>>) {}

  /** The run's result for `key`; undefined when the run returned none for it. */
  load(key: K, arg: A): Promise<V | undefined> {
    return new Promise<V | undefined>((resolve, reject) => {
      const entry = this.waiting.get(key);
      if (entry) entry.waiters.push({ resolve, reject });
      else this.waiting.set(key, { arg, waiters: [{ resolve, reject }] });
      if (!this.busy) void this.drain();
    });
  }

  private async drain(): Promise<void> {
    this.busy = true;
    while (this.waiting.size > 0) {
      const batch = this.waiting;
      this.waiting = new Map();
      try {
        const results = await this.run(new Map([...batch].map(([key, { arg }]) => [key, arg])));
        for (const [key, { waiters }] of batch) waiters.forEach((w) => w.resolve(results.get(key)));
      } catch (error) {
        for (const { waiters } of batch.values()) waiters.forEach((w) => w.reject(error));
      }
    }
    this.busy = false;
  }
}
