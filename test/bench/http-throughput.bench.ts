import Database from 'better-sqlite3';
import { closeSync, mkdtempSync, openSync, readSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { ServerProcess, sourceFile, startHelloWorld, startServer } from './support/child-process';
import { benchDirectory } from './support/dataset-file';
import { LoadFigures } from './support/load';
import { autocannonInWorker } from './support/load-in-worker';
import { RequestPlan } from './support/request-plans';

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
  commandsOnLargeStoreWithoutSnapshots?: LoadFigures & { peakRssBytes: number; storeReadFirst?: boolean };
  /**
   * The commands' body sent to bare routes on the server's adapter, in the same rounds as its hello world: parsed
   * only, and parsed and validated by the server's pipe and DTO. No command route can answer faster, so these bound
   * the ratio. Absent from results taken before 2026-11-25.
   */
  bareBody?: { parsed: LoadFigures; validated: LoadFigures; parsedRounds: number[]; validatedRounds: number[] };
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

const HELLO: RequestPlan = { kind: 'fixed', path: '/hello' };
const PARSED_BODY: RequestPlan = { kind: 'hold-training', under: '/hello/parsed' };
const VALIDATED_BODY: RequestPlan = { kind: 'hold-training', under: '/hello/validated' };

/** One after another on one hello-world server, each load warmed up first; the peak RSS is the server's after all. */
async function bareRouteLoads(durationSeconds: number, adapter: 'nest' | 'prototyped', plans: RequestPlan[]): Promise<{ loads: LoadFigures[]; peakRssBytes: number }> {
  const server = await startHelloWorld(adapter);
  try {
    const loads: LoadFigures[] = [];
    for (const plan of plans) {
      const method = plan.kind === 'hold-training' ? 'POST' : 'GET';
      const load = (seconds: number) => autocannonInWorker({ url: server.baseUrl, connections: CONNECTIONS, durationSeconds: seconds, method }, plan);
      await load(WARM_UP_SECONDS);
      loads.push(await load(durationSeconds));
    }
    return { loads, peakRssBytes: server.peakRssBytes() };
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
  const parsedRounds: LoadFigures[] = [];
  const validatedRounds: LoadFigures[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    commandRounds.push(await withServer(undefined, (server) => commandLoad(server, durationSeconds)));
    const onNest = await bareRouteLoads(durationSeconds, 'nest', [HELLO]);
    helloWorldRounds.push({ ...onNest.loads[0], peakRssBytes: onNest.peakRssBytes });
    const [hello, parsed, validated] = (await bareRouteLoads(durationSeconds, 'prototyped', [HELLO, PARSED_BODY, VALIDATED_BODY])).loads;
    prototypedHelloWorldRounds.push(hello);
    parsedRounds.push(parsed);
    validatedRounds.push(validated);
  }
  const commands = medianRound(commandRounds);
  const { peakRssBytes: helloWorldPeakRssBytes, ...helloWorld } = medianRound(helloWorldRounds);
  const prototypedHelloWorld = medianRound(prototypedHelloWorldRounds);
  const perSecond = (rounds: LoadFigures[]) => rounds.map((round) => round.requestsPerSecond);
  const bareBody = {
    parsed: medianRound(parsedRounds),
    validated: medianRound(validatedRounds),
    parsedRounds: perSecond(parsedRounds),
    validatedRounds: perSecond(validatedRounds),
  };
  const commandsOnLargeStore = largeStore
    ? await withServer(largeStore.path, async (server) => ({
        ...(await commandLoad(server, durationSeconds)),
        storeEvents: largeStore.events,
        peakRssBytes: server.peakRssBytes(),
      }))
    : undefined;
  if (largeStore) {
    deleteSnapshots(largeStore.path);
    readThrough(largeStore.path);
  }
  const commandsOnLargeStoreWithoutSnapshots = largeStore
    ? await withServer(largeStore.path, async (server) => ({
        ...(await commandLoad(server, durationSeconds)),
        peakRssBytes: server.peakRssBytes(),
        storeReadFirst: true,
      }))
    : undefined;
  return {
    connections: CONNECTIONS,
    durationSeconds,
    commands,
    helloWorld,
    commandRounds: perSecond(commandRounds),
    helloWorldRounds: perSecond(helloWorldRounds),
    helloWorldPeakRssBytes,
    prototypedHelloWorld,
    prototypedHelloWorldRounds: perSecond(prototypedHelloWorldRounds),
    commandsOnLargeStore,
    commandsOnLargeStoreWithoutSnapshots,
    bareBody,
  };
}

/**
 * Reads the whole file once, so that its pages are in the page cache, as a server upgraded in place finds the store
 * it was serving from. Cold from this machine's disk, commands without snapshots moved between 45 and 318 req/s
 * from one run to the next.
 */
function readThrough(path: string): void {
  const file = openSync(path, 'r');
  const buffer = Buffer.alloc(8 * 2 ** 20);
  try {
    let bytesRead = 0;
    do {
      bytesRead = readSync(file, buffer, 0, buffer.length, null);
    } while (bytesRead > 0);
  } finally {
    closeSync(file);
  }
}

function deleteSnapshots(sqlitePath: string): void {
  const db = new Database(sqlitePath);
  db.exec('DELETE FROM country_snapshots');
  db.close();
}
