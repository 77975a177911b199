import autocannon from 'autocannon';
import { largest, percentile } from './measurement';

export type LoadOptions = {
  url: string;
  connections: number;
  durationSeconds: number;
  /** Requests per second over all connections; unset means as fast as the server answers. */
  overallRate?: number;
  method?: 'GET' | 'POST';
  /** Sent with every request, e.g. the Authorization header. */
  headers?: Record<string, string>;
  /** Called per request: the path (and body) to send, so the load spreads over many countries. */
  next: (sequence: number) => { path: string; body?: unknown };
};

export type LoadFigures = {
  requests: number;
  requestsPerSecond: number;
  /** From every response's own latency, in milliseconds with sub-millisecond precision. */
  p50Ms: number;
  p99Ms: number;
  maxMs: number;
  /** autocannon's own p99 (whole milliseconds, corrected for coordinated omission when rate-limited). */
  autocannonP99Ms: number;
  non2xx: number;
  errors: number;
  timeouts: number;
};

export async function runLoad(options: LoadOptions): Promise<LoadFigures> {
  let sequence = 0;
  const latencies: number[] = [];
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url: options.url,
        connections: options.connections,
        duration: options.durationSeconds,
        ...(options.overallRate && { overallRate: options.overallRate }),
        timeout: 30,
        requests: [
          {
            method: options.method ?? 'GET',
            setupRequest: (request) => {
              const { path, body } = options.next(sequence++);
              return {
                ...request,
                path,
                headers: { ...options.headers, ...(body !== undefined && { 'content-type': 'application/json' }) },
                ...(body !== undefined && { body: JSON.stringify(body) }),
              };
            },
          },
        ],
      },
      (error, finished) => (error ? reject(error) : resolve(finished)),
    );
    instance.on('response', (_client, _status, _bytes, responseTime) => latencies.push(responseTime));
  });
  return {
    requests: result.requests.total,
    requestsPerSecond: result.requests.total / (result.duration || options.durationSeconds),
    p50Ms: percentile(latencies, 50),
    p99Ms: percentile(latencies, 99),
    maxMs: largest(latencies),
    autocannonP99Ms: result.latency.p99,
    non2xx: result.non2xx,
    errors: result.errors,
    timeouts: result.timeouts,
  };
}
