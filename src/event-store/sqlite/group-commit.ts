import Database from 'better-sqlite3';

type Job = { write: () => unknown; resolve: (value: unknown) => void; reject: (error: unknown) => void };
type Outcome = { ok: true; value: unknown } | { ok: false; error: unknown };

/**
 * Durable writes that arrive in the same turn of the event loop share one IMMEDIATE transaction, so one
 * sync of the log covers them all. Each write runs under its own savepoint: one that throws is undone and
 * rejected alone while the others commit. No promise settles before the commit that holds its write is
 * on disk; a write with nobody to share the turn still gets a transaction of its own.
 */
export class GroupCommit {
  private queue: Job[] = [];
  private readonly inOwnTransaction: Database.Transaction<(write: () => unknown) => unknown>;
  private readonly inSharedTransaction: Database.Transaction<(jobs: Job[]) => Outcome[]>;

  constructor(
    private readonly db: Database.Database,
    private readonly afterCommit: () => void,
  ) {
    // better-sqlite3 turns a transaction function called inside a transaction into a savepoint.
    this.inOwnTransaction = db.transaction((write: () => unknown) => write());
    this.inSharedTransaction = db.transaction((jobs: Job[]) => jobs.map((job) => this.withinShared(job)));
  }

  /** `write` runs synchronously inside the transaction; it must throw to be undone. */
  submit<T>(write: () => T): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      this.queue.push({ write, resolve: resolve as (value: unknown) => void, reject });
      if (this.queue.length === 1) setImmediate(() => this.commit());
    });
  }

  /** Writes and commits whatever is queued now; called by the scheduled turn, and before closing. */
  commit(): void {
    const jobs = this.queue;
    if (jobs.length === 0) return;
    this.queue = [];
    let outcomes: Outcome[];
    try {
      outcomes =
        jobs.length === 1
          ? [this.attempt(() => this.inOwnTransaction.immediate(jobs[0].write))]
          : this.inSharedTransaction.immediate(jobs);
    } catch (error) {
      jobs.forEach((job) => job.reject(error));
      return;
    }
    if (outcomes.some((outcome) => outcome.ok)) this.afterCommit();
    outcomes.forEach((outcome, index) => (outcome.ok ? jobs[index].resolve(outcome.value) : jobs[index].reject(outcome.error)));
  }

  /** SQLite ends the whole transaction on some errors (I/O, full disk): then every write in it is lost. */
  private withinShared(job: Job): Outcome {
    const outcome = this.attempt(() => this.inOwnTransaction(job.write));
    if (!outcome.ok && !this.db.inTransaction) throw outcome.error;
    return outcome;
  }

  private attempt(write: () => unknown): Outcome {
    try {
      return { ok: true, value: write() };
    } catch (error) {
      return { ok: false, error };
    }
  }
}
