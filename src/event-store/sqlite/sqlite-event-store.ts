import Database from 'better-sqlite3';
import { DomainEvent, EventMetadata, NewEvent, Recorded } from '../event-envelope';
import { DuplicateEventId, WrongExpectedRevision } from '../event-store.errors';
import {
  AppendResult,
  EventStore,
  ExpectedRevision,
  ReadAllBackwardsOptions,
  ReadAllOptions,
  Subscription,
  SubscriptionHandler,
} from '../event-store.port';
import { LogFollower } from '../log-follower';
import { GroupCommit } from './group-commit';

const ALL_REMAINING_PAGES = 0x7fffffff;

export type SqliteSynchronous = 'OFF' | 'NORMAL' | 'FULL' | 'EXTRA';

export type SqliteEventStoreOptions = {
  path: string;
  synchronous?: SqliteSynchronous;
  /** How often subscribers look for appends made by other processes sharing the file. */
  pollIntervalMs?: number;
};

export type EventRow = {
  position: number;
  stream_name: string;
  revision: number;
  event_id: string;
  type: string;
  schema_version: number;
  data: string;
  metadata: string;
};

const SCHEMA = `
  CREATE TABLE IF NOT EXISTS events (
    position       INTEGER PRIMARY KEY,
    stream_name    TEXT    NOT NULL,
    revision       INTEGER NOT NULL,
    event_id       TEXT    NOT NULL UNIQUE,
    type           TEXT    NOT NULL,
    schema_version INTEGER NOT NULL,
    data           TEXT    NOT NULL,
    metadata       TEXT    NOT NULL,
    UNIQUE (stream_name, revision)
  );
`;

export class SqliteEventStore implements EventStore {
  readonly db: Database.Database;
  private readonly followers = new Set<LogFollower>();
  private readonly statements;
  private readonly commits: GroupCommit;

  constructor(private readonly options: SqliteEventStoreOptions) {
    this.db = new Database(options.path);
    this.db.pragma('journal_mode = WAL');
    this.db.pragma(`synchronous = ${options.synchronous ?? 'FULL'}`);
    this.db.pragma('busy_timeout = 5000');
    this.db.exec(SCHEMA);
    this.statements = {
      streamRevision: this.db
        .prepare<[string], { revision: number | null }>(
          'SELECT max(revision) AS revision FROM events WHERE stream_name = ?',
        ),
      insert: this.db.prepare(
        `INSERT INTO events (stream_name, revision, event_id, type, schema_version, data, metadata)
         VALUES (@streamName, @revision, @eventId, @type, @schemaVersion, @data, @metadata)`,
      ),
      eventIdExists: this.db.prepare<[string], { one: number }>('SELECT 1 AS one FROM events WHERE event_id = ?'),
      // Revisions are gapless, so a range stands for LIMIT, which costs three times as much with a bound parameter.
      readStream: this.db.prepare<[string, number, number], EventRow>(
        'SELECT * FROM events WHERE stream_name = ? AND revision >= ? AND revision < ? ORDER BY revision',
      ),
      readAll: this.db.prepare<[number, number], EventRow>(
        'SELECT * FROM events WHERE position > ? ORDER BY position LIMIT ?',
      ),
      readAllBackwards: this.db.prepare<[number, number], EventRow>(
        'SELECT * FROM events WHERE position < ? ORDER BY position DESC LIMIT ?',
      ),
      readPositions: this.db.prepare<[string], EventRow>(
        'SELECT * FROM events WHERE position IN (SELECT value FROM json_each(?)) ORDER BY position',
      ),
      head: this.db.prepare<[], { position: number | null }>('SELECT max(position) AS position FROM events'),
    };
    this.commits = new GroupCommit(this.db, () => this.followers.forEach((follower) => follower.notify()));
  }

  async appendToStream<E extends DomainEvent>(
    streamName: string,
    events: NewEvent<E>[],
    expectedRevision: ExpectedRevision,
  ): Promise<AppendResult> {
    if (events.length === 0) throw new Error('Nothing to append');
    return this.commits.submit(() => this.append(streamName, events as NewEvent[], expectedRevision));
  }

  private append(streamName: string, events: NewEvent[], expected: ExpectedRevision): AppendResult {
    const current = this.statements.streamRevision.get(streamName)?.revision ?? -1;
    if (!revisionMatches(expected, current)) {
      throw new WrongExpectedRevision(streamName, expected, current);
    }
    const recorded: Recorded[] = events.map((event, index) => {
      if (this.statements.eventIdExists.get(event.eventId)) throw new DuplicateEventId(event.eventId);
      const revision = current + 1 + index;
      const info = this.statements.insert.run({
        streamName,
        revision,
        eventId: event.eventId,
        type: event.type,
        schemaVersion: event.schemaVersion,
        data: JSON.stringify(event.data),
        metadata: JSON.stringify(event.metadata),
      });
      return { ...event, streamName, revision, position: Number(info.lastInsertRowid) };
    });
    const last = recorded[recorded.length - 1];
    return { nextRevision: last.revision, lastPosition: last.position, events: recorded };
  }

  async readStream(streamName: string, fromRevision = 0, maxCount = Number.MAX_SAFE_INTEGER): Promise<Recorded[]> {
    const beyond = Math.min(fromRevision + maxCount, Number.MAX_SAFE_INTEGER);
    return this.statements.readStream.all(streamName, fromRevision, beyond).map(toRecorded);
  }

  async readAll({ fromPosition, maxCount }: ReadAllOptions): Promise<Recorded[]> {
    return this.statements.readAll.all(fromPosition, maxCount).map(toRecorded);
  }

  async readAllBackwards({ beforePosition, maxCount }: ReadAllBackwardsOptions): Promise<Recorded[]> {
    return this.statements.readAllBackwards.all(beforePosition ?? Number.MAX_SAFE_INTEGER, maxCount).map(toRecorded);
  }

  async readPositions(positions: readonly number[]): Promise<Recorded[]> {
    return this.statements.readPositions.all(JSON.stringify(positions)).map(toRecorded);
  }

  async headPosition(): Promise<number> {
    return this.statements.head.get()?.position ?? 0;
  }

  subscribeToAll(fromPosition: number, handler: SubscriptionHandler): Subscription {
    const follower = new LogFollower(this, fromPosition, handler, this.options.pollIntervalMs ?? 500, () =>
      this.followers.delete(follower),
    );
    this.followers.add(follower);
    follower.start();
    return follower;
  }

  /**
   * Online, consistent copy of the store while writes continue. The copy is taken in one step from one read
   * snapshot: a step-by-step copy restarts whenever another process writes between steps, and under steady
   * writes it never finishes. In WAL mode the snapshot does not block writers.
   */
  async backupTo(destination: string): Promise<void> {
    await this.db.backup(destination, { progress: () => ALL_REMAINING_PAGES });
  }

  async close(): Promise<void> {
    if (this.db.open) this.commits.commit();
    await Promise.all([...this.followers].map((follower) => follower.close()));
    if (this.db.open) this.db.close();
  }
}

function revisionMatches(expected: ExpectedRevision, current: number): boolean {
  if (expected === 'any') return true;
  if (expected === 'no-stream') return current === -1;
  return expected === current;
}

export function toRecorded(row: EventRow): Recorded {
  return {
    position: row.position,
    streamName: row.stream_name,
    revision: row.revision,
    eventId: row.event_id,
    type: row.type,
    schemaVersion: row.schema_version,
    data: JSON.parse(row.data) as unknown,
    metadata: JSON.parse(row.metadata) as EventMetadata,
  };
}
