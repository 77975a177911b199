import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { benchColdStart } from './cold-start.bench';
import { benchHttpThroughput } from './http-throughput.bench';
import { benchProjectionRebuild } from './projection-rebuild.bench';
import { benchQueryLatency } from './query-latency.bench';
import { benchStoreAppend } from './store-append.bench';
import { projectRoot } from './support/bench-peer';
import { BenchmarkResults, renderBenchmarks } from './support/benchmarks-markdown';
import { benchDirectory, copyStore, datasetFile, quarterNearest } from './support/dataset-file';
import { machineInfo, withEndLoad } from './support/machine-info';

const REPORT_QUARTER_ACTIVITIES = 10_000;
const ALL = ['append', 'http', 'rebuild', 'cold-start', 'queries'] as const;
type Benchmark = (typeof ALL)[number];

function setting(name: string, fallback: number): number {
  const value = Number(process.env[name] ?? fallback);
  if (!Number.isInteger(value) || value <= 0) throw new Error(`${name} must be a positive whole number, got "${process.env[name]}"`);
  return value;
}

const step = (message: string) => process.stderr.write(`[bench ${new Date().toISOString().slice(11, 19)}] ${message}\n`);

/**
 * `npm run bench`: BENCH_EVENTS (default 1,000,000) sizes the data set, BENCH_SECONDS each load phase,
 * BENCH_APPENDS the append workload, BENCH_ONLY (e.g. "append,http") picks benchmarks, BENCH_KEEP_DATA keeps files.
 */
async function main(): Promise<void> {
  const settings = {
    events: setting('BENCH_EVENTS', 1_000_000),
    seed: setting('BENCH_SEED', 20_241_231),
    seconds: setting('BENCH_SECONDS', 10),
    appends: setting('BENCH_APPENDS', 2_000),
    rounds: 3,
  };
  const only = new Set((process.env.BENCH_ONLY?.split(',') ?? ALL).map((name) => name.trim() as Benchmark));
  const results: BenchmarkResults = { machine: machineInfo(), settings };
  if (only.has('append')) {
    step(`store append: ${settings.appends} appends x ${settings.rounds} rounds per contender`);
    results.append = await benchStoreAppend(settings.appends, settings.rounds, settings.seed);
  }
  const needsDataset = only.has('rebuild') || only.has('cold-start') || only.has('queries');
  if (needsDataset) {
    step(`data set of ${settings.events} events`);
    const dataset = datasetFile({ events: settings.events, seed: settings.seed });
    results.dataset = dataset.stats;
    step('projection rebuild vs raw scan');
    results.rebuild = await benchProjectionRebuild(dataset);
    const projected = results.rebuild.projectedStorePath;
    if (only.has('cold-start')) {
      step('cold start');
      results.coldStart = await benchColdStart(projected);
    }
    if (only.has('queries')) {
      step('query latency at 500 req/s, report, peak RSS');
      results.queries = await benchQueryLatency(projected, quarterNearest(dataset.stats, REPORT_QUARTER_ACTIVITIES), settings.seconds);
    }
  }
  if (only.has('http')) {
    step('HTTP command throughput vs hello world');
    const largeStore = results.rebuild
      ? { path: copyStore(results.rebuild.projectedStorePath, join(benchDirectory(), 'commands-on-large-store.db')), events: results.rebuild.events }
      : undefined;
    results.http = await benchHttpThroughput(settings.seconds, largeStore);
    if (largeStore) rmSync(largeStore.path, { force: true });
  }
  results.machine = withEndLoad(results.machine);
  if (!process.env.BENCH_KEEP_DATA) {
    const files = [results.rebuild?.projectedStorePath, needsDataset ? datasetFile(settings).path : undefined];
    files.forEach((file) => file && [file, `${file}.json`].forEach((path) => rmSync(path, { force: true })));
  }
  const markdown = renderBenchmarks(results);
  writeFileSync(join(projectRoot(), 'BENCHMARKS.md'), markdown);
  writeFileSync(join(benchDirectory(), 'last-results.json'), JSON.stringify(results, null, 2));
  process.stdout.write(markdown);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
