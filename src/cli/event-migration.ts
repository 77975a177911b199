import { createHash } from 'node:crypto';
import { NewEvent, Recorded } from '../event-store/event-envelope';
import { EventStore } from '../event-store/event-store.port';

export type MigrationProgress = { copied: number; skipped: number; position: number };

export type MigrationOptions = {
  batchSize?: number;
  onProgress?: (progress: MigrationProgress) => void;
  /** Checked between appends; an aborted run stops cleanly and can be resumed. */
  signal?: AbortSignal;
};

export type LogSummary = {
  events: number;
  streams: Map<string, { events: number; lastRevision: number }>;
  /** Fingerprint of the whole log in order: ids, streams, revisions, types, data and metadata. */
  digest: string;
};

export type Verification = { ok: boolean; source: LogSummary; target: LogSummary; problems: string[] };

export class MigrationInterrupted extends Error {}

/**
 * Copies the source log into the target in log order, one append per run of consecutive events of a stream,
 * with the source's ids, types, data and metadata. Events already in the target (by stream revision) are
 * skipped, so a run that stopped half-way is resumed by running it again.
 */
export async function migrateEvents(
  source: EventStore,
  target: EventStore,
  options: MigrationOptions = {},
): Promise<MigrationProgress> {
  const batchSize = options.batchSize ?? 500;
  const targetRevisions = new Map<string, number>();
  const progress: MigrationProgress = { copied: 0, skipped: 0, position: 0 };
  for (;;) {
    const page = await source.readAll({ fromPosition: progress.position, maxCount: batchSize });
    if (page.length === 0) return progress;
    for (const run of runsOfOneStream(page)) {
      if (options.signal?.aborted) {
        throw new MigrationInterrupted(`Interrupted after copying ${progress.copied} events`);
      }
      const streamName = run[0].streamName;
      const reached = targetRevisions.get(streamName) ?? lastRevision(await target.readStream(streamName));
      const missing = run.filter((event) => event.revision > reached);
      progress.skipped += run.length - missing.length;
      if (missing.length > 0) {
        if (missing[0].revision !== reached + 1) {
          throw new Error(
            `${streamName} is at revision ${reached} in the target but the source continues at ${missing[0].revision}`,
          );
        }
        await target.appendToStream(streamName, missing.map(asNewEvent), reached === -1 ? 'no-stream' : reached);
        progress.copied += missing.length;
      }
      targetRevisions.set(streamName, Math.max(reached, run[run.length - 1].revision));
    }
    progress.position = page[page.length - 1].position;
    options.onProgress?.({ ...progress });
  }
}

export async function summariseLog(store: EventStore, batchSize = 1000): Promise<LogSummary> {
  const streams = new Map<string, { events: number; lastRevision: number }>();
  const digest = createHash('sha256');
  let events = 0;
  for (let position = 0; ; ) {
    const page = await store.readAll({ fromPosition: position, maxCount: batchSize });
    if (page.length === 0) break;
    for (const event of page) {
      const stream = streams.get(event.streamName) ?? { events: 0, lastRevision: -1 };
      const lastRevision = Math.max(stream.lastRevision, event.revision);
      streams.set(event.streamName, { events: stream.events + 1, lastRevision });
      digest.update(JSON.stringify([event.eventId, event.streamName, event.revision, event.type, event.schemaVersion]));
      digest.update(JSON.stringify([event.data, event.metadata]));
      events++;
    }
    position = page[page.length - 1].position;
  }
  return { events, streams, digest: digest.digest('hex') };
}

export async function verifyMigration(source: EventStore, target: EventStore): Promise<Verification> {
  const [from, to] = [await summariseLog(source), await summariseLog(target)];
  const problems: string[] = [];
  if (from.events !== to.events) problems.push(`event count differs: source ${from.events}, target ${to.events}`);
  if (from.streams.size !== to.streams.size) {
    problems.push(`stream count differs: source ${from.streams.size}, target ${to.streams.size}`);
  }
  for (const [streamName, stream] of from.streams) {
    const copied = to.streams.get(streamName);
    if (copied?.lastRevision !== stream.lastRevision) {
      const inTarget = copied?.lastRevision ?? 'missing';
      problems.push(`${streamName}: last revision ${stream.lastRevision} in the source, ${inTarget} in the target`);
    }
  }
  if (problems.length === 0 && from.digest !== to.digest) {
    problems.push('the logs hold the same counts but differ in order or content');
  }
  return { ok: problems.length === 0, source: from, target: to, problems };
}

function runsOfOneStream(events: Recorded[]): Recorded[][] {
  const runs: Recorded[][] = [];
  for (const event of events) {
    const current = runs[runs.length - 1];
    if (current && current[0].streamName === event.streamName) current.push(event);
    else runs.push([event]);
  }
  return runs;
}

function lastRevision(events: Recorded[]): number {
  return events.length === 0 ? -1 : events[events.length - 1].revision;
}

function asNewEvent({ type, data, eventId, schemaVersion, metadata }: Recorded): NewEvent {
  return { type, data, eventId, schemaVersion, metadata };
}
