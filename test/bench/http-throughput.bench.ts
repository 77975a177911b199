import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { ServerProcess, sourceFile, startHelloWorld, startServer } from './support/child-process';
import { benchDirectory } from './support/dataset-file';
import { LoadFigures } from './support/load';
import { autocannonInWorker } from './support/load-in-worker';

export type HttpFigures = {
  connections: number;
  durationSeconds: number;
  /** The round with the median throughput of ROUNDS, each on a fresh server and store, alternating with hello world. */
  commands: LoadFigures;
  helloWorld: LoadFigures;
  /** Requests per second of every round, in the order run. */
  commandRounds: number[];
  helloWorldRounds: number[];
  helloWorldPeakRssBytes: number;
  /**
   * Hello world on the adapter the server runs on (PrototypedExpressAdapter): the baseline of the ratio. Rounds as
   * for the others. Absent from results taken before the server had that adapter.
   */
  prototypedHelloWorld?: LoadFigures;
  prototypedHelloWorldRounds?: number[];
  /**
   * The same command load on a store that already holds the benchmark's data set, when one is given, as the
   * rebuild left it: countries start from the snapshots it saved.
   */
  commandsOnLargeStore?: LoadFigures & { storeEvents: number; peakRssBytes: number };
  /**
   * Then the same again with the snapshots deleted: a store from a version before snapshots, as met when nothing
   * has the service replay the log.
   */
  commandsOnLargeStoreWithoutSnapshots?: LoadFigures & { peakRssBytes: number };
};

const CONNECTIONS = 32;
const WARM_UP_SECONDS = 2;
/**
 * Rounds of each load, alternating: on two cores shared with the load generator, one 10 s run of hello world moved
 * between 5,400 and 7,300 req/s from one full run to the next, so one round each would mostly measure the machine.
 */
const ROUNDS = 3;

const medianRound = <T extends LoadFigures>(rounds: T[]): T =>
  [...rounds].sort((a, b) => a.requestsPerSecond - b.requestsPerSecond)[Math.floor(rounds.length / 2)];

export const serverEnvironment = (directory: string, sqlitePath: string): NodeJS.ProcessEnv => ({
  SQLITE_PATH: sqlitePath,
  SQLITE_SYNCHRONOUS: 'FULL',
  SEED_DEMO: 'false',
  REPORTS_DIR: join(directory, 'reports'),
  NODE_ENV: 'production',
  THROTTLE_WRITES_PER_MINUTE: '100000000',
});

async function commandLoad(server: ServerProcess, durationSeconds: number): Promise<LoadFigures> {
  const load = (seconds: number) =>
    autocannonInWorker({ url: server.baseUrl, headers: server.headers, connections: CONNECTIONS, durationSeconds: seconds, method: 'POST' }, { kind: 'hold-training' });
  await load(WARM_UP_SECONDS);
  return load(durationSeconds);
}

async function helloWorldLoad(durationSeconds: number, adapter: 'nest' | 'prototyped' = 'nest'): Promise<LoadFigures & { peakRssBytes: number }> {
  const server = await startHelloWorld(adapter);
  try {
    const load = (seconds: number) => autocannonInWorker({ url: server.baseUrl, connections: CONNECTIONS, durationSeconds: seconds }, { kind: 'fixed', path: '/hello' });
    await load(WARM_UP_SECONDS);
    return { ...(await load(durationSeconds)), peakRssBytes: server.peakRssBytes() };
  } finally {
    await server.stop();
  }
}

async function withServer<T>(sqlitePath: string | undefined, work: (server: ServerProcess) => Promise<T>): Promise<T> {
  const directory = mkdtempSync(join(benchDirectory(), 'http-'));
  const server = await startServer(sourceFile('main'), serverEnvironment(directory, sqlitePath ?? join(directory, 'tracker.db')), '/api/health');
  try {
    return await work(server);
  } finally {
    await server.stop();
    rmSync(directory, { recursive: true, force: true });
  }
}

/** Commands (validation, handler, durable append, projection) against a bare route, on Express as it comes and as the server runs it. */
export async function benchHttpThroughput(durationSeconds: number, largeStore?: { path: string; events: number }): Promise<HttpFigures> {
  const commandRounds: LoadFigures[] = [];
  const helloWorldRounds: (LoadFigures & { peakRssBytes: number })[] = [];
  const prototypedHelloWorldRounds: LoadFigures[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    commandRounds.push(await withServer(undefined, (server) => commandLoad(server, durationSeconds)));
    helloWorldRounds.push(await helloWorldLoad(durationSeconds));
    prototypedHelloWorldRounds.push(await helloWorldLoad(durationSeconds, 'prototyped'));
  }
  const commands = medianRound(commandRounds);
  const { peakRssBytes: helloWorldPeakRssBytes, ...helloWorld } = medianRound(helloWorldRounds);
  const prototypedHelloWorld = medianRound(prototypedHelloWorldRounds);
  const commandsOnLargeStore = largeStore
    ? await withServer(largeStore.path, async (server) => ({
        ...(await commandLoad(server, durationSeconds)),
        storeEvents: largeStore.events,
        peakRssBytes: server.peakRssBytes(),
      }))
    : undefined;
  if (largeStore) deleteSnapshots(largeStore.path);
  const commandsOnLargeStoreWithoutSnapshots = largeStore
    ? await withServer(largeStore.path, async (server) => ({ ...(await commandLoad(server, durationSeconds)), peakRssBytes: server.peakRssBytes() }))
    : undefined;
  return {
    connections: CONNECTIONS,
    durationSeconds,
    commands,
    helloWorld,
    commandRounds: commandRounds.map((round) => round.requestsPerSecond),
    helloWorldRounds: helloWorldRounds.map((round) => round.requestsPerSecond),
    helloWorldPeakRssBytes,
    prototypedHelloWorld,
    prototypedHelloWorldRounds: prototypedHelloWorldRounds.map((round) => round.requestsPerSecond),
    commandsOnLargeStore,
    commandsOnLargeStoreWithoutSnapshots,
  };
}

function deleteSnapshots(sqlitePath: string): void {
  const db = new Database(sqlitePath);
  db.exec('DELETE FROM country_snapshots');
  db.close();
}
