import { existsSync, mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { EventStore } from '../event-store/event-store.port';
import {
  assertReachable,
  connectEventStoreDb,
  describeConnection,
} from '../event-store/eventstoredb/eventstoredb-connection';
import { SqliteEventStore } from '../event-store/sqlite/sqlite-event-store';
import { MigrationInterrupted, migrateEvents, Verification, verifyMigration } from './event-migration';

const USAGE = [
  'Usage: npm run migrate -- --from sqlite:./data/tracker.db --to "esdb://localhost:2113?tls=false" [--batch-size 500]',
  '       npm run migrate -- --from sqlite:./data/tracker.db --to sqlite:./data/copy.db',
].join('\n');

const SERVER_LOCATION = /^esdb(\+discover)?:\/\//;

const RESUME_HINT = 'Events copied so far are kept; run the same command again to resume.';

export type MigrateArguments = { from: string; to: string; batchSize: number };

export class UsageError extends Error {}

export function parseArguments(argv: string[]): MigrateArguments {
  const values = new Map<string, string>();
  for (let index = 0; index < argv.length; index += 2) {
    const [flag, value] = [argv[index], argv[index + 1]];
    if (!['--from', '--to', '--batch-size'].includes(flag)) throw new UsageError(`Unknown argument "${flag}"`);
    if (value === undefined || value.startsWith('--')) throw new UsageError(`${flag} needs a value`);
    values.set(flag, value);
  }
  const [from, to] = [values.get('--from'), values.get('--to')];
  if (!from || !to) throw new UsageError('Both --from and --to are required');
  const unknown = [from, to].find((location) => !location.startsWith('sqlite:') && !SERVER_LOCATION.test(location));
  if (unknown) throw new UsageError(`"${unknown}" is neither sqlite:<file> nor esdb://host:port?tls=false`);
  const batchSize = Number(values.get('--batch-size') ?? 500);
  if (!Number.isInteger(batchSize) || batchSize < 1) throw new UsageError('--batch-size must be a positive integer');
  if (sameLocation(from, to)) throw new UsageError('--from and --to name the same store');
  return { from, to, batchSize };
}

export async function openStoreAt(location: string, role: 'source' | 'target'): Promise<EventStore> {
  if (location.startsWith('sqlite:')) {
    const path = sqlitePath(location);
    if (role === 'source' && !existsSync(path)) throw new UsageError(`The source SQLite file ${path} does not exist`);
    mkdirSync(dirname(path), { recursive: true });
    return new SqliteEventStore({ path, synchronous: 'FULL' });
  }
  const store = connectEventStoreDb(location);
  await assertReachable(store, location);
  return store;
}

/** Runs the migration and prints what happened; resolves to the process exit code. */
export async function runMigration(
  argv: string[],
  print: (line: string) => void,
  signal?: AbortSignal,
): Promise<number> {
  let args: MigrateArguments;
  try {
    args = parseArguments(argv);
  } catch (error) {
    print(`${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  const opened: EventStore[] = [];
  try {
    const source = await openStoreAt(args.from, 'source').then((store) => (opened.push(store), store));
    const target = await openStoreAt(args.to, 'target').then((store) => (opened.push(store), store));
    print(`Copying events from ${describeLocation(args.from)} to ${describeLocation(args.to)}`);
    const result = await migrateEvents(source, target, {
      batchSize: args.batchSize,
      signal,
      onProgress: ({ copied, skipped }) => print(`  ${copied} copied, ${skipped} already in the target`),
    });
    print(`Copied ${result.copied} events; ${result.skipped} were already in the target.`);
    const verification = await verifyMigration(source, target);
    printVerification(verification, print);
    return verification.ok ? 0 : 1;
  } catch (error) {
    if (error instanceof UsageError) print(`${error.message}\n${USAGE}`);
    else if (error instanceof MigrationInterrupted) print(`${error.message}. Run the same command again to resume.`);
    else print(`Migration failed: ${(error as Error).message}\n${RESUME_HINT}`);
    return error instanceof UsageError ? 2 : 1;
  } finally {
    await Promise.all(opened.map((store) => store.close().catch(() => undefined)));
  }
}

function printVerification({ ok, source, target, problems }: Verification, print: (line: string) => void): void {
  const mark = (same: boolean) => (same ? 'match' : 'DIFFER');
  const matchingStreams = [...source.streams].filter(
    ([name, stream]) => target.streams.get(name)?.lastRevision === stream.lastRevision,
  ).length;
  print('Verification:');
  print(`  events          source ${source.events}, target ${target.events}: ${mark(source.events === target.events)}`);
  const [sourceStreams, targetStreams] = [source.streams.size, target.streams.size];
  print(`  streams         source ${sourceStreams}, target ${targetStreams}: ${mark(sourceStreams === targetStreams)}`);
  print(`  last revisions  ${matchingStreams} of ${sourceStreams} streams: ${mark(matchingStreams === sourceStreams)}`);
  print(`  order, content  ${mark(source.digest === target.digest)} (sha256 ${source.digest.slice(0, 16)})`);
  problems.slice(0, 20).forEach((problem) => print(`  - ${problem}`));
  print(ok ? 'Migration verified: the target holds the same events, in the same order.' : 'Migration NOT verified.');
}

function sqlitePath(location: string): string {
  return resolve(location.slice('sqlite:'.length));
}

function sameLocation(from: string, to: string): boolean {
  if (from.startsWith('sqlite:') && to.startsWith('sqlite:')) return sqlitePath(from) === sqlitePath(to);
  return from.trim() === to.trim();
}

function describeLocation(location: string): string {
  return location.startsWith('sqlite:') ? sqlitePath(location) : describeConnection(location);
}

if (require.main === module) {
  const interrupt = new AbortController();
  process.once('SIGINT', () => interrupt.abort());
  runMigration(process.argv.slice(2), (line) => console.log(line), interrupt.signal).then(
    (code) => process.exit(code),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}
