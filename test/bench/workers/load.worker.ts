import { get } from 'node:http';
import { LoadFigures, runLoad } from '../support/load';
import { LoadJob, TimedRequests } from '../support/load-in-worker';
import { largest, median, reportToParent } from '../support/measurement';
import { PacedLoadFigures, runPacedLoad } from '../support/paced-load';
import { plannedRequest } from '../support/request-plans';

type Answer = { status: number; bytes: number; elapsedMs: number };

/** node:http rather than fetch: fetch's streams cost the client 25–30 ms more per 10 MB body, and its first use loads undici. */
function timedGet(url: string, headers: Record<string, string> | undefined): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    get(url, { headers }, (response) => {
      let bytes = 0;
      response.on('data', (chunk: Buffer) => (bytes += chunk.length));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, bytes, elapsedMs: Number(process.hrtime.bigint() - started) / 1e6 }));
      response.on('error', reject);
    }).on('error', reject);
  });
}

/** One GET after another, each timed from sending to the last byte of its body, after an untimed one to warm the client. */
async function timedGets({ url, headers, plan, runs, warmUpPath }: Extract<LoadJob, { generator: 'sequential' }>): Promise<TimedRequests> {
  await timedGet(`${url}${warmUpPath}`, headers);
  const timings: number[] = [];
  let bytes = 0;
  for (let run = 0; run < runs; run++) {
    const { path } = plannedRequest(plan, run);
    const answer = await timedGet(`${url}${path}`, headers);
    if (answer.status !== 200) throw new Error(`GET ${path} answered ${answer.status}`);
    timings.push(answer.elapsedMs);
    bytes = answer.bytes;
  }
  return { runs, medianMs: median(timings), maxMs: largest(timings), bytes };
}

function run(job: LoadJob): Promise<LoadFigures | PacedLoadFigures | TimedRequests> {
  switch (job.generator) {
    case 'autocannon':
      return runLoad({ ...job, next: (sequence) => plannedRequest(job.plan, sequence) });
    case 'paced':
      return runPacedLoad({ ...job, path: (sequence) => plannedRequest(job.plan, sequence).path });
    case 'sequential':
      return timedGets(job);
    default: {
      const unknownJob: never = job;
      return unknownJob;
    }
  }
}

/** The load generator in a process of its own: its garbage and pauses are not the bench's, nor the bench's its own. */
async function main(): Promise<void> {
  const job = JSON.parse(process.argv[2]) as LoadJob;
  reportToParent(await run(job));
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
