import Database from 'better-sqlite3';

/**
 * A rowid table, not WITHOUT ROWID: documents are appended in the order they are written and only the small key
 * index takes them by key, so a rebuild does not rewrite the whole table per flush. Keys end in an event id, a
 * UUIDv7, so new keys of a country or quarter land next to each other (see eventIdFor).
 */
const SCHEMA = `
  CREATE TABLE IF NOT EXISTS read_models (
    projection TEXT NOT NULL,
    key        TEXT NOT NULL,
    document   TEXT NOT NULL,
    PRIMARY KEY (projection, key)
  );
  CREATE TABLE IF NOT EXISTS projection_checkpoints (
    projection TEXT PRIMARY KEY,
    version    INTEGER NOT NULL,
    position   INTEGER NOT NULL
  );
`;

const ROWS_PER_INSERT = 100;
const insertRows = (rows: number) =>
  `INSERT OR REPLACE INTO read_models (projection, key, document) VALUES ${Array(rows).fill('(?, ?, ?)').join(', ')}`;

/**
 * Read models are rebuilt from the log: a commit lost to a power cut is replayed from its checkpoint, so they
 * need not pay for a sync on every write the way acknowledged events do.
 */
export const readModelSynchronous = (eventStoreSynchronous: string) => (eventStoreSynchronous === 'OFF' ? 'OFF' : 'NORMAL');

export type Checkpoint = { projection: string; version: number; position: number };

/** Persisted read models: documents per projection plus each projection's checkpoint, in one SQLite file. */
export class ReadModelStore {
  readonly db: Database.Database;
  private readonly statements;
  /** Row count → its INSERT: a flush ends in a statement for its last few rows, prepared once per count. */
  private readonly putStatements = new Map<number, Database.Statement>();

  constructor(path: string, synchronous = 'FULL') {
    this.db = new Database(path);
    this.db.pragma('journal_mode = WAL');
    this.db.pragma(`synchronous = ${synchronous}`);
    this.db.pragma('busy_timeout = 5000');
    this.dropDocumentsInOlderLayout();
    this.db.exec(SCHEMA);
    this.statements = {
      get: this.db.prepare<[string, string], { document: string }>(
        'SELECT document FROM read_models WHERE projection = ? AND key = ?',
      ),
      range: this.db.prepare<[string, string, string], { key: string; document: string }>(
        'SELECT key, document FROM read_models WHERE projection = ? AND key >= ? AND key < ? ORDER BY key',
      ),
      all: this.db.prepare<[string], { key: string; document: string }>(
        'SELECT key, document FROM read_models WHERE projection = ? ORDER BY key',
      ),
      delete: this.db.prepare('DELETE FROM read_models WHERE projection = ? AND key = ?'),
      clear: this.db.prepare('DELETE FROM read_models WHERE projection = ?'),
      count: this.db.prepare<[string], { documents: number }>(
        'SELECT count(*) AS documents FROM read_models WHERE projection = ?',
      ),
      checkpoints: this.db.prepare<[], Checkpoint>('SELECT projection, version, position FROM projection_checkpoints'),
      saveCheckpoint: this.db.prepare(
        'INSERT OR REPLACE INTO projection_checkpoints (projection, version, position) VALUES (@projection, @version, @position)',
      ),
    };
  }

  get<T>(projection: string, key: string): T | undefined {
    const row = this.statements.get.get(projection, key);
    return row ? (JSON.parse(row.document) as T) : undefined;
  }

  /** Documents whose key starts with `prefix`, in key order. */
  listByPrefix<T>(projection: string, prefix: string): T[] {
    return this.statements.range.all(projection, prefix, `${prefix}\uffff`).map((row) => JSON.parse(row.document) as T);
  }

  list<T>(projection: string): T[] {
    return this.statements.all.all(projection).map((row) => JSON.parse(row.document) as T);
  }

  count(projection: string): number {
    return this.statements.count.get(projection)?.documents ?? 0;
  }

  /**
   * Writes a flush's documents (null removes one) in key order, many rows per statement: sorted keys keep the
   * writes to the key index local, which is most of what a rebuild of a large log costs.
   */
  write(projection: string, documents: ReadonlyMap<string, unknown>): void {
    const keys = [...documents.keys()].sort();
    const rows: string[] = [];
    for (const key of keys) {
      const document = documents.get(key);
      if (document === null) this.statements.delete.run(projection, key);
      else rows.push(projection, key, JSON.stringify(document));
      if (rows.length === ROWS_PER_INSERT * 3) this.putRows(rows.splice(0));
    }
    if (rows.length > 0) this.putRows(rows);
  }

  put(projection: string, key: string, document: unknown): void {
    this.putRows([projection, key, JSON.stringify(document)]);
  }

  private putRows(values: string[]): void {
    const rows = values.length / 3;
    let statement = this.putStatements.get(rows);
    if (!statement) {
      statement = this.db.prepare(insertRows(rows));
      this.putStatements.set(rows, statement);
    }
    statement.run(values);
  }

  clear(projection: string): void {
    this.statements.clear.run(projection);
  }

  checkpoints(): Map<string, Checkpoint> {
    return new Map(this.statements.checkpoints.all().map((checkpoint) => [checkpoint.projection, checkpoint]));
  }

  saveCheckpoint(checkpoint: Checkpoint): void {
    this.statements.saveCheckpoint.run(checkpoint);
  }

  /** Files written before the rowid layout are dropped with their checkpoints: the runner then rebuilds them. */
  private dropDocumentsInOlderLayout(): void {
    const table = this.db.prepare<[], { sql: string }>("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'read_models'").get();
    if (!table || !/WITHOUT\s+ROWID/i.test(table.sql)) return;
    this.transaction(() => {
      this.db.exec('DROP TABLE read_models');
      this.db.exec('DROP TABLE IF EXISTS projection_checkpoints');
    });
  }

  transaction<T>(work: () => T): T {
    return this.db.transaction(work).immediate();
  }

  close(): void {
    if (this.db.open) this.db.close();
  }
}
