import Database from 'better-sqlite3';
import { copyFileSync, existsSync, mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { quarterOf } from '../../../src/country/domain/business-rules';
import { SqliteEventStore } from '../../../src/event-store/sqlite/sqlite-event-store';
import { DatasetOptions, generateTrackerEvents } from './tracker-dataset.generator';

/** Bump when the generator changes, so a cached data set from an older generator is not reused. */
const GENERATOR_VERSION = 2;
const ROWS_PER_TRANSACTION = 10_000;

export type DatasetStats = {
  events: number;
  seed: number;
  streams: number;
  byType: Record<string, number>;
  /** Milestones per quarter of their business date (corrections and retractions not counted). */
  activitiesByQuarter: Record<string, number>;
  fileBytes: number;
  generatedInMs: number;
};

export type Dataset = { path: string; stats: DatasetStats };

/** Where data sets and scratch stores live: the temp dir, so that nothing large lands in the repository. */
export function benchDirectory(): string {
  const directory = join(tmpdir(), 'ta-tracker-bench');
  mkdirSync(directory, { recursive: true });
  return directory;
}

/**
 * The events-only store file for these options, generated once and kept in the temp dir: the rows are
 * written in large transactions with synchronous=OFF, through the store's own schema.
 */
export function datasetFile(options: DatasetOptions): Dataset {
  const directory = benchDirectory();
  const path = join(directory, `events-${options.events}-${options.seed}-v${GENERATOR_VERSION}.db`);
  const statsPath = `${path}.json`;
  if (existsSync(path) && existsSync(statsPath)) {
    return { path, stats: JSON.parse(readFileSync(statsPath, 'utf8')) as DatasetStats };
  }
  const partial = `${path}.partial`;
  const stats = writeDataset(partial, options);
  renameSync(partial, path);
  writeFileSync(statsPath, JSON.stringify(stats, null, 2));
  return { path, stats };
}

/** Writes the generated log into a new store file at `path` (which must not exist yet). */
export function writeDataset(path: string, options: DatasetOptions): DatasetStats {
  rmSync(path, { force: true });
  const started = Date.now();
  new SqliteEventStore({ path }).close();
  const db = new Database(path);
  db.pragma('synchronous = OFF');
  const insert = db.prepare(
    `INSERT INTO events (stream_name, revision, event_id, type, schema_version, data, metadata)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
  );
  const byType: Record<string, number> = {};
  const activitiesByQuarter: Record<string, number> = {};
  const streams = new Set<string>();
  let pending: unknown[][] = [];
  const flush = db.transaction((rows: unknown[][]) => rows.forEach((row) => insert.run(...row)));
  for (const { streamName, revision, event } of generateTrackerEvents(options)) {
    byType[event.type] = (byType[event.type] ?? 0) + 1;
    const date = (event.data as { date?: string }).date;
    if (date && event.type !== 'MilestoneCorrected' && event.type !== 'MilestoneRetracted') {
      const quarter = quarterOf(date);
      activitiesByQuarter[quarter] = (activitiesByQuarter[quarter] ?? 0) + 1;
    }
    streams.add(streamName);
    pending.push([streamName, revision, event.eventId, event.type, event.schemaVersion, JSON.stringify(event.data), JSON.stringify(event.metadata)]);
    if (pending.length === ROWS_PER_TRANSACTION) {
      flush(pending);
      pending = [];
    }
  }
  flush(pending);
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.close();
  return {
    events: options.events,
    seed: options.seed,
    streams: streams.size,
    byType,
    activitiesByQuarter,
    fileBytes: statSync(path).size,
    generatedInMs: Date.now() - started,
  };
}

/** A private copy of a store file for a benchmark that writes to it. */
export function removeStore(path: string): void {
  for (const suffix of ['-wal', '-shm', '']) rmSync(`${path}${suffix}`, { force: true });
}

export function copyStore(source: string, destination: string): string {
  removeStore(destination);
  copyFileSync(source, destination);
  return destination;
}

/** The quarter whose activity count is closest to `target`: the report benchmark's quarter. */
export function quarterNearest(stats: DatasetStats, target: number): { quarter: string; activities: number } {
  const [quarter, activities] = Object.entries(stats.activitiesByQuarter).sort(
    ([qa, a], [qb, b]) => Math.abs(a - target) - Math.abs(b - target) || qa.localeCompare(qb),
  )[0];
  return { quarter, activities };
}
