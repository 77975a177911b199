import type { QuarterId } from '../country/domain/country.events';
import { INSTANT_WITH_ZONE, QUARTER_PATTERN } from './quarter';
import { REPORT_FORMATS, ReportFormat } from './report-formats';

export const REPORT_CLI_USAGE =
  'Usage: npm run report -- <YYYY-Qn> [--format md|html|docx|csv|json] [--out <directory>] [--as-of <ISO timestamp>]';

export type ReportCliArguments = { quarter: QuarterId; format: ReportFormat; outDir: string; asOf?: string };

export class ReportUsageError extends Error {}

/** Accepts `--flag value` and `--flag=value`; the quarter is the one positional argument. */
export function parseReportArguments(argv: readonly string[], defaultOutDir: string): ReportCliArguments {
  const options = new Map<string, string>();
  const positional: string[] = [];
  for (let index = 0; index < argv.length; index++) {
    const argument = argv[index];
    if (!argument.startsWith('--')) {
      positional.push(argument);
      continue;
    }
    const [name, inlineValue] = argument.slice(2).split(/=(.*)/s, 2);
    if (!['format', 'out', 'as-of'].includes(name)) throw new ReportUsageError(`Unknown option --${name}`);
    const value = inlineValue ?? argv[++index];
    if (value === undefined || value === '') throw new ReportUsageError(`--${name} needs a value`);
    options.set(name, value);
  }
  if (positional.length !== 1) throw new ReportUsageError('Give exactly one quarter, e.g. 2024-Q4');
  const [quarter] = positional;
  if (!QUARTER_PATTERN.test(quarter)) throw new ReportUsageError(`"${quarter}" is not a quarter formatted YYYY-Qn, e.g. 2024-Q4`);
  const format = options.get('format') ?? 'md';
  if (!(REPORT_FORMATS as readonly string[]).includes(format)) {
    throw new ReportUsageError(`--format must be one of ${REPORT_FORMATS.join(', ')}, got "${format}"`);
  }
  const asOf = options.get('as-of');
  if (asOf !== undefined && (!INSTANT_WITH_ZONE.test(asOf) || Number.isNaN(Date.parse(asOf)))) {
    throw new ReportUsageError(`--as-of must be an ISO 8601 timestamp with a time zone, e.g. 2025-01-05T12:00:00Z`);
  }
  return {
    quarter,
    format: format as ReportFormat,
    outDir: options.get('out') ?? defaultOutDir,
    ...(asOf !== undefined && { asOf: new Date(asOf).toISOString() }),
  };
}
