import { benchFile, runWorker } from './child-process';
import { LoadFigures, LoadOptions } from './load';
import { PacedLoadFigures, PacedLoadOptions } from './paced-load';
import { RequestPlan } from './request-plans';

export type TimedRequests = { runs: number; medianMs: number; maxMs: number; bytes: number };

type Target = { url: string; headers?: Record<string, string>; plan: RequestPlan };

/** A load described as data, for `workers/load.worker`. */
export type LoadJob =
  | (Target & { generator: 'autocannon' } & Omit<LoadOptions, 'next'>)
  | (Target & { generator: 'paced' } & Omit<PacedLoadOptions, 'path'>)
  | (Target & { generator: 'sequential'; runs: number; warmUpPath: string });

async function inWorker<T>(job: LoadJob): Promise<T> {
  const { peakRssBytes: _generatorMemory, ...figures } = await runWorker<T>(benchFile('workers', 'load.worker'), [JSON.stringify(job)]);
  return figures as T;
}

/**
 * Every load runs in a fresh process: a load generator sharing the bench's process also shares its heap, and
 * with a few hundred MB of it each collection pauses the generator long enough to show in the server's p99
 * (measured: the same 24 KB answers, p99 1.5 ms from a fresh process, 4–6 ms from one holding 150 MB of objects).
 */
export const autocannonInWorker = (options: Omit<LoadOptions, 'next'>, plan: RequestPlan) =>
  inWorker<LoadFigures>({ generator: 'autocannon', ...options, plan });

export const pacedLoadInWorker = (options: Omit<PacedLoadOptions, 'path'>, plan: RequestPlan) =>
  inWorker<PacedLoadFigures>({ generator: 'paced', ...options, plan });

/** `warmUpPath` is asked once, untimed, so that the first timed request does not pay for the client's own start. */
export const timedGetsInWorker = (target: Omit<Target, 'plan'> & { warmUpPath: string }, path: string, runs: number) =>
  inWorker<TimedRequests>({ generator: 'sequential', ...target, plan: { kind: 'fixed', path }, runs });
