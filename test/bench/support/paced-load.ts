import { Agent, request } from 'node:http';
import { LoadFigures } from './load';
import { largest, percentile, smallest } from './measurement';

export type PacedLoadOptions = {
  url: string;
  /** Requests per second, sent one at a time at even intervals. */
  rate: number;
  durationSeconds: number;
  /** Keep-alive sockets to spread the requests over; a request waits for a free one. */
  connections: number;
  headers?: Record<string, string>;
  path: (sequence: number) => string;
};

/** Latencies count from when each request was due; `sentToAnsweredP99Ms` from when it actually left. */
export type PacedLoadFigures = Omit<LoadFigures, 'autocannonP99Ms' | 'timeouts'> & { sentToAnsweredP99Ms: number };

type Outcome = { scheduledAt: number; sentAt: number; endedAt: number; status: number } | { error: true };

const nowMs = () => performance.now();

/**
 * An open-loop GET load at a fixed rate: request n is due at start + n / rate, whatever happened to the ones
 * before, and its latency counts from when it was due, so a stall shows in every request it delays
 * (no coordinated omission). autocannon's `overallRate` instead lets every connection send its quota for the
 * second back to back when the second begins, which measures a burst of the whole rate at once.
 */
export async function runPacedLoad(options: PacedLoadOptions): Promise<PacedLoadFigures> {
  const agent = new Agent({ keepAlive: true, maxSockets: options.connections });
  const interval = 1000 / options.rate;
  const total = Math.round(options.rate * options.durationSeconds);
  const outcomes: Promise<Outcome>[] = [];
  const started = nowMs();
  try {
    const dueAt = (sequence: number) => started + sequence * interval;
    for (let sequence = 0; sequence < total; ) {
      const wait = dueAt(sequence) - nowMs();
      if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
      for (const now = nowMs(); sequence < total && dueAt(sequence) <= now; sequence++) {
        outcomes.push(send(agent, options, sequence, dueAt(sequence)));
      }
    }
    return figuresOf(await Promise.all(outcomes), options.durationSeconds);
  } finally {
    agent.destroy();
  }
}

function send(agent: Agent, options: PacedLoadOptions, sequence: number, scheduledAt: number): Promise<Outcome> {
  return new Promise((resolve) => {
    const sentAt = nowMs();
    const outgoing = request(new URL(options.path(sequence), options.url), { agent, headers: options.headers, timeout: 30_000 }, (response) => {
      response.on('data', () => undefined);
      response.on('end', () => resolve({ scheduledAt, sentAt, endedAt: nowMs(), status: response.statusCode ?? 0 }));
      response.on('error', () => resolve({ error: true }));
    });
    outgoing.on('error', () => resolve({ error: true }));
    outgoing.on('timeout', () => outgoing.destroy(new Error('timeout')));
    outgoing.end();
  });
}

function figuresOf(outcomes: Outcome[], durationSeconds: number): PacedLoadFigures {
  const answered = outcomes.filter((outcome): outcome is Exclude<Outcome, { error: true }> => !('error' in outcome));
  const fromDue = answered.map((outcome) => outcome.endedAt - outcome.scheduledAt);
  const fromSent = answered.map((outcome) => outcome.endedAt - outcome.sentAt);
  const lastEnd = largest(answered.map((outcome) => outcome.endedAt));
  const firstDue = smallest(answered.map((outcome) => outcome.scheduledAt));
  return {
    requests: answered.length,
    requestsPerSecond: answered.length / Math.max(durationSeconds, (lastEnd - firstDue) / 1000),
    p50Ms: percentile(fromDue, 50),
    p99Ms: percentile(fromDue, 99),
    maxMs: largest(fromDue),
    sentToAnsweredP99Ms: percentile(fromSent, 99),
    non2xx: answered.filter((outcome) => outcome.status < 200 || outcome.status > 299).length,
    errors: outcomes.length - answered.length,
  };
}
