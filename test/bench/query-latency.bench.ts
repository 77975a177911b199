import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { serverEnvironment } from './http-throughput.bench';
import { benchFile, ServerProcess, sourceFile, startServer } from './support/child-process';
import { benchDirectory } from './support/dataset-file';
import { LoadFigures, runLoad } from './support/load';
import { median } from './support/measurement';
import { UN_MEMBER_STATES } from './support/tracker-dataset.generator';

export type TimedRequests = { runs: number; medianMs: number; maxMs: number; bytes: number };

export type QueryFigures = {
  rate: number;
  durationSeconds: number;
  status: LoadFigures;
  timeline: LoadFigures;
  helloWorld: LoadFigures;
  report: { quarter: string; activities: number; json: TimedRequests; markdown: TimedRequests; asOf: TimedRequests; rawReadMs: number };
  peakRssBytes: number;
  helloWorldPeakRssBytes: number;
};

const RATE = 500;
const CONNECTIONS = 16;
const REPORT_RUNS = 10;
const AS_OF_RUNS = 3;

const atRate = (server: ServerProcess, durationSeconds: number, path: (sequence: number) => string) =>
  runLoad({ url: server.baseUrl, headers: server.headers, connections: CONNECTIONS, durationSeconds, overallRate: RATE, next: (sequence) => ({ path: path(sequence) }) });

const country = (sequence: number) => UN_MEMBER_STATES[sequence % UN_MEMBER_STATES.length];

async function timedGets(server: ServerProcess, path: string, runs: number): Promise<TimedRequests> {
  const timings: number[] = [];
  let bytes = 0;
  for (let run = 0; run < runs; run++) {
    const started = process.hrtime.bigint();
    const response = await fetch(`${server.baseUrl}${path}`, { headers: server.headers });
    const body = await response.arrayBuffer();
    timings.push(Number(process.hrtime.bigint() - started) / 1e6);
    if (response.status !== 200) throw new Error(`GET ${path} answered ${response.status}`);
    bytes = body.byteLength;
  }
  return { runs, medianMs: median(timings), maxMs: Math.max(...timings), bytes };
}

/** The floor for a report: read the quarter's activity documents, parse them, serialise the lot. */
function rawQuarterRead(storePath: string, quarter: string): number {
  const db = new Database(storePath, { readonly: true });
  const timings: number[] = [];
  for (let run = 0; run < REPORT_RUNS; run++) {
    const started = process.hrtime.bigint();
    const rows = db
      .prepare<[string, string], { document: string }>("SELECT document FROM read_models WHERE projection = 'quarterly-activities' AND key >= ? AND key < ?")
      .all(`${quarter}/`, `${quarter}/\uffff`);
    JSON.stringify(rows.map((row) => JSON.parse(row.document) as unknown));
    timings.push(Number(process.hrtime.bigint() - started) / 1e6);
  }
  db.close();
  return median(timings);
}

/** Status and timeline at a steady 500 requests/s, the report on demand, against the same for a bare route. */
export async function benchQueryLatency(projectedStorePath: string, reportQuarter: { quarter: string; activities: number }, durationSeconds: number): Promise<QueryFigures> {
  const directory = mkdtempSync(join(benchDirectory(), 'query-'));
  const server = await startServer(sourceFile('main'), serverEnvironment(directory, projectedStorePath), '/api/health');
  try {
    // One pass over every country first, so the figures are of warm read-side caches, as in service.
    await atRate(server, 2, (sequence) => `/api/countries/${country(sequence)}`);
    await atRate(server, 2, (sequence) => `/api/countries/${country(sequence)}/timeline`);
    const status = await atRate(server, durationSeconds, (sequence) => `/api/countries/${country(sequence)}`);
    const timeline = await atRate(server, durationSeconds, (sequence) => `/api/countries/${country(sequence)}/timeline`);
    const reportPath = `/api/reports/quarterly/${reportQuarter.quarter}`;
    const json = await timedGets(server, `${reportPath}?format=json`, REPORT_RUNS);
    const markdown = await timedGets(server, `${reportPath}?format=md`, REPORT_RUNS);
    const asOf = await timedGets(server, `${reportPath}?format=json&asOf=2030-01-01T00:00:00Z`, AS_OF_RUNS);
    const peakRssBytes = server.peakRssBytes();
    await server.stop();
    const hello = await startServer(benchFile('support', 'hello-world.server'), {}, '/hello');
    const helloWorld = await atRate(hello, durationSeconds, () => '/hello');
    const helloWorldPeakRssBytes = hello.peakRssBytes();
    await hello.stop();
    const rawReadMs = rawQuarterRead(projectedStorePath, reportQuarter.quarter);
    return {
      rate: RATE,
      durationSeconds,
      status,
      timeline,
      helloWorld,
      report: { ...reportQuarter, json, markdown, asOf, rawReadMs },
      peakRssBytes,
      helloWorldPeakRssBytes,
    };
  } finally {
    await server.stop();
    rmSync(directory, { recursive: true, force: true });
  }
}
