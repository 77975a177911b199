import { parseReportArguments, ReportUsageError } from './report-cli-arguments';

describe('report CLI arguments', () => {
  it('reads the quarter, format and output directory', () => {
    expect(parseReportArguments(['2024-Q4', '--format', 'docx', '--out', './reports'], '/default')).toEqual({
      quarter: '2024-Q4',
      format: 'docx',
      outDir: './reports',
    });
  });

  it('defaults to markdown in the configured directory and accepts --flag=value', () => {
    expect(parseReportArguments(['--as-of=2025-01-05T12:00:00+01:00', '2024-Q4'], '/default')).toEqual({
      quarter: '2024-Q4',
      format: 'md',
      outDir: '/default',
      asOf: '2025-01-05T11:00:00.000Z',
    });
  });

  it.each([
    [[], /exactly one quarter/],
    [['2024-Q5'], /not a quarter/],
    [['2024-Q4', '--format', 'pdf'], /--format must be one of json, md, html, docx, csv/],
    [['2024-Q4', '--out'], /--out needs a value/],
    [['2024-Q4', '--as-of', '2025-01-05'], /--as-of must be an ISO 8601 timestamp/],
    [['2024-Q4', '--colour', 'blue'], /Unknown option --colour/],
  ])('rejects %j', (argv, message) => {
    expect(() => parseReportArguments(argv, '/default')).toThrow(ReportUsageError);
    expect(() => parseReportArguments(argv, '/default')).toThrow(message);
  });
});
