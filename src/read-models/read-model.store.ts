import Database from 'better-sqlite3';

const SCHEMA = `
  CREATE TABLE IF NOT EXISTS read_models (
    projection TEXT NOT NULL,
    key        TEXT NOT NULL,
    document   TEXT NOT NULL,
    PRIMARY KEY (projection, key)
  ) WITHOUT ROWID;
  CREATE TABLE IF NOT EXISTS projection_checkpoints (
    projection TEXT PRIMARY KEY,
    version    INTEGER NOT NULL,
    position   INTEGER NOT NULL
  );
`;

export type Checkpoint = { projection: string; version: number; position: number };

/** Persisted read models: documents per projection plus each projection's checkpoint, in one SQLite file. */
export class ReadModelStore {
  readonly db: Database.Database;
  private readonly statements;

  constructor(path: string, synchronous = 'FULL') {
    this.db = new Database(path);
    this.db.pragma('journal_mode = WAL');
    this.db.pragma(`synchronous = ${synchronous}`);
    this.db.pragma('busy_timeout = 5000');
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
      put: this.db.prepare('INSERT OR REPLACE INTO read_models (projection, key, document) VALUES (?, ?, ?)'),
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

  put(projection: string, key: string, document: unknown): void {
    this.statements.put.run(projection, key, JSON.stringify(document));
  }

  delete(projection: string, key: string): void {
    this.statements.delete.run(projection, key);
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

  transaction<T>(work: () => T): T {
    return this.db.transaction(work).immediate();
  }

  close(): void {
    if (this.db.open) this.db.close();
  }
}
