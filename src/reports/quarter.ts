import type { QuarterId } from '../country/domain/country.events';

export const QUARTER_PATTERN = /^(\d{4})-Q([1-4])$/;

/** An instant with its time zone, so that it means the same everywhere: 2025-01-05T12:00:00Z. */
export const INSTANT_WITH_ZONE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

export type Quarter = { id: QuarterId; year: number; number: 1 | 2 | 3 | 4 };

export function parseQuarter(id: string): Quarter {
  const match = QUARTER_PATTERN.exec(id);
  if (!match) throw new Error(`"${id}" is not a quarter formatted YYYY-Qn`);
  return { id, year: Number(match[1]), number: Number(match[2]) as Quarter['number'] };
}

/** "2025-Q1" reads as "Q1 2025". */
export function quarterLabel(id: QuarterId): string {
  const { year, number } = parseQuarter(id);
  return `Q${number} ${year}`;
}

/** "between October and December 2024", as the report's purpose paragraph says it. */
export function periodPhrase(id: QuarterId): string {
  const { year, number } = parseQuarter(id);
  const first = (number - 1) * 3;
  return `between ${MONTHS[first]} and ${MONTHS[first + 2]} ${year}`;
}

export function firstDayOf(id: QuarterId): string {
  const { year, number } = parseQuarter(id);
  return `${year}-${String((number - 1) * 3 + 1).padStart(2, '0')}-01`;
}

export function lastDayOf(id: QuarterId): string {
  const { year, number } = parseQuarter(id);
  const lastMonth = number * 3;
  const days = new Date(Date.UTC(year, lastMonth, 0)).getUTCDate();
  return `${year}-${String(lastMonth).padStart(2, '0')}-${days}`;
}

export function quarterContaining(instant: Date): QuarterId {
  return `${instant.getUTCFullYear()}-Q${Math.floor(instant.getUTCMonth() / 3) + 1}`;
}

export function previousQuarter(id: QuarterId): QuarterId {
  const { year, number } = parseQuarter(id);
  return number === 1 ? `${year - 1}-Q4` : `${year}-Q${number - 1}`;
}

/** "2025-01-05T10:00:00.000Z" reads as "5 January 2025, 10:00:00 UTC". */
export function instantLabel(isoInstant: string): string {
  const instant = new Date(isoInstant);
  const time = instant.toISOString().slice(11, 19);
  return `${instant.getUTCDate()} ${MONTHS[instant.getUTCMonth()]} ${instant.getUTCFullYear()}, ${time} UTC`;
}
