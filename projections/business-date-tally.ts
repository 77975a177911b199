/**
 * How many things happened on each of the latest business dates: distinct dates in order with their counts,
 * so the latest date survives the retraction of another one and can be found again when the latest itself
 * is retracted. Only the newest `TALLY_DATES_KEPT` dates are kept, so a long history stays small: dates up
 * to `droppedUpTo` are no longer counted, and once every kept date is retracted that date stands in for
 * the latest (which is exact unless its own activities were retracted too).
 * Kept as two flat arrays because copying them is cheap, which keeps the fold pure and fast.
 */
export type DateTally = { readonly dates: readonly string[]; readonly counts: readonly number[]; readonly droppedUpTo?: string };

export const TALLY_DATES_KEPT = 16;

export const emptyTally = (): DateTally => ({ dates: [], counts: [] });

export function tallyDate(tally: DateTally, date: string, delta: number): DateTally {
  if (tally.droppedUpTo !== undefined && date <= tally.droppedUpTo) return tally;
  const index = firstIndexNotBefore(tally.dates, date);
  const found = tally.dates[index] === date;
  const count = (found ? tally.counts[index] : 0) + delta;
  if (found && count > 0) return { ...tally, counts: replaced(tally.counts, index, count) };
  if (found) return { ...tally, dates: removed(tally.dates, index), counts: removed(tally.counts, index) };
  if (count <= 0) return tally;
  return bounded({ ...tally, dates: inserted(tally.dates, index, date), counts: inserted(tally.counts, index, count) });
}

export const latestDate = (tally: DateTally): string | null => tally.dates[tally.dates.length - 1] ?? tally.droppedUpTo ?? null;

export function laterDate(a: string | null, b: string | null): string | null {
  if (a === null) return b;
  if (b === null) return a;
  return a >= b ? a : b;
}

function bounded(tally: DateTally): DateTally {
  const excess = tally.dates.length - TALLY_DATES_KEPT;
  if (excess <= 0) return tally;
  return { dates: tally.dates.slice(excess), counts: tally.counts.slice(excess), droppedUpTo: tally.dates[excess - 1] };
}

function firstIndexNotBefore(dates: readonly string[], date: string): number {
  let low = 0;
  let high = dates.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (dates[middle] < date) low = middle + 1;
    else high = middle;
  }
  return low;
}

function replaced<T>(items: readonly T[], index: number, item: T): T[] {
  const copy = items.slice();
  copy[index] = item;
  return copy;
}

function removed<T>(items: readonly T[], index: number): T[] {
  const copy = items.slice();
  copy.splice(index, 1);
  return copy;
}

function inserted<T>(items: readonly T[], index: number, item: T): T[] {
  if (index === items.length) return [...items, item];
  const copy = items.slice();
  copy.splice(index, 0, item);
  return copy;
}
