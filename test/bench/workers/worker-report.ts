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
