/** Nearest-rank percentile. */
export function percentile(values: number[], p: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

export const median = (values: number[]) => percentile(values, 50);

/** Math.max and Math.min without spreading: a run of 200,000 responses would overflow the call stack. */
export const largest = (values: readonly number[]) => values.reduce((most, value) => (value > most ? value : most), -Infinity);
export const smallest = (values: readonly number[]) => values.reduce((least, value) => (value < least ? value : least), Infinity);

/** A worker's single line of output: its figures plus the process's peak memory, read by the parent. */
export function reportToParent(figures: Record<string, number | string>): void {
  const peakRssBytes = process.resourceUsage().maxRSS * 1024;
  process.stdout.write(`BENCH-RESULT ${JSON.stringify({ ...figures, peakRssBytes })}\n`);
}

export function parseWorkerReport<T>(output: string): T & { peakRssBytes: number } {
  const line = output.split('\n').find((candidate) => candidate.startsWith('BENCH-RESULT '));
  if (!line) throw new Error(`The worker reported nothing:\n${output.slice(-2000)}`);
  return JSON.parse(line.slice('BENCH-RESULT '.length)) as T & { peakRssBytes: number };
}
