import { mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { serverEnvironment } from './http-throughput.bench';
import { sourceFile, startHelloWorld, startServer } from './support/child-process';
import { benchDirectory } from './support/dataset-file';
import { median } from './support/measurement';

export type ColdStartFigures = {
  runs: number;
  /** Median time from spawning the compiled `src/main` to the first answered status query. */
  oursMs: number;
  oursRunsMs: number[];
  helloWorldMs: number;
  helloWorldRunsMs: number[];
};

const RUNS = 3;

/**
 * Spawn → first 200 on GET /api/countries/FRA, with every event already projected, against the same
 * measure for the bare hello-world app. The server is stopped between runs (SIGTERM, clean shutdown).
 */
export async function benchColdStart(projectedStorePath: string): Promise<ColdStartFigures> {
  const directory = mkdtempSync(join(benchDirectory(), 'cold-'));
  const oursRunsMs: number[] = [];
  const helloWorldRunsMs: number[] = [];
  try {
    for (let run = 0; run < RUNS; run++) {
      const ours = await startServer(sourceFile('main'), serverEnvironment(directory, projectedStorePath), '/api/countries/FRA');
      oursRunsMs.push(ours.readyMs);
      await ours.stop();
      const hello = await startHelloWorld();
      helloWorldRunsMs.push(hello.readyMs);
      await hello.stop();
    }
  } finally {
    rmSync(directory, { recursive: true, force: true });
  }
  return { runs: RUNS, oursMs: median(oursRunsMs), oursRunsMs, helloWorldMs: median(helloWorldRunsMs), helloWorldRunsMs };
}
