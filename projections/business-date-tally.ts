/**
 * How many things happened on each business date: distinct dates in order with their counts, so the latest
 * date survives the retraction of another one and can be found again when the latest itself is retracted.
 * Kept as two flat arrays because copying them is cheap, which keeps the fold pure and fast.
 */
export type DateTally = { readonly dates: readonly string[]; readonly counts: readonly number[] };

export const emptyTally = (): DateTally => ({ dates: [], counts: [] });

export function tallyDate(tally: DateTally, date: string, delta: number): DateTally {
  const index = firstIndexNotBefore(tally.dates, date);
  const found = tally.dates[index] === date;
  const count = (found ? tally.counts[index] : 0) + delta;
  if (found && count > 0) return { dates: tally.dates, counts: replaced(tally.counts, index, count) };
  if (found) return { dates: removed(tally.dates, index), counts: removed(tally.counts, index) };
  if (count <= 0) return tally;
  return { dates: inserted(tally.dates, index, date), counts: inserted(tally.counts, index, count) };
}

export const latestDate = (tally: DateTally): string | null => tally.dates[tally.dates.length - 1] ?? null;

export function laterDate(a: string | null, b: string | null): string | null {
  if (a === null) return b;
  if (b === null) return a;
  return a >= b ? a : b;
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
