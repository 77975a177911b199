import type { Statement } from 'better-sqlite3';
import { countryTimelineProjection, timelinePrefix } from '../../projections/country-timeline.projection';
import { ReadModelStore } from '../read-models/read-model.store';

/** A page cursor: the business date and log position of the entry the earlier page ends before. */
export const TIMELINE_CURSOR = /^(\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01]))_(\d{1,15})$/;
export const TIMELINE_CURSOR_EXAMPLE = '2024-11-12_4711';

const DAY_MS = 86_400_000;
/** Log positions below 2^32 share a day's key space: (days since 1970) × 2^32 + position stays exact in a double. */
const POSITIONS_PER_DAY = 2 ** 32;

export type TimelineIndexRow = { eventId: string; date: string; position: number };

export type TimelineSlice = { eventIds: string[]; total: number; next: string | null };

/**
 * A country's timeline order without its entries: event ids sorted by business date and then log position,
 * with one number per entry encoding both, so that a page is a binary search and a slice (about 24 bytes
 * an entry). A cursor names a place in that order, so it means the same page while entries are added.
 */
export class TimelineIndex {
  private constructor(
    private readonly ids: PackedEventIds,
    private readonly order: Float64Array,
  ) {}

  static of(rows: readonly TimelineIndexRow[]): TimelineIndex {
    const sorted = rows.map((row) => ({ eventId: row.eventId, key: orderKey(row.date, row.position) })).sort((a, b) => a.key - b.key);
    return new TimelineIndex(
      PackedEventIds.of(sorted.map((row) => row.eventId)),
      Float64Array.from(sorted, (row) => row.key),
    );
  }

  /** Reads only the order of the country's entries (SQLite extracts the two fields), never whole entries. */
  static read(readModels: ReadModelStore, country: string): TimelineIndex {
    const prefix = timelinePrefix(country);
    const rows = orderStatementOf(readModels).all(countryTimelineProjection.name, prefix, `${prefix}\uffff`);
    return TimelineIndex.of(rows.map(({ key, date, position }) => ({ eventId: key.slice(prefix.length), date, position })));
  }

  get total(): number {
    return this.order.length;
  }

  /** Roughly what the index occupies in memory, its object included. */
  get bytes(): number {
    return 64 + this.ids.bytes + this.order.byteLength;
  }

  /** The latest `limit` entries before the cursor (or of all), in timeline order, and the cursor of the page before. */
  page(limit: number, before?: string): TimelineSlice {
    const end = before === undefined ? this.total : this.firstNotBefore(cursorKey(before));
    const start = Math.max(0, end - limit);
    const eventIds: string[] = [];
    for (let index = start; index < end; index++) eventIds.push(this.ids.at(index));
    return { eventIds, total: this.total, next: start > 0 ? cursorOf(this.order[start]) : null };
  }

  private firstNotBefore(key: number): number {
    let low = 0;
    let high = this.order.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (this.order[middle] < key) low = middle + 1;
      else high = middle;
    }
    return low;
  }
}

type OrderRow = { key: string; date: string; position: number };
const orderStatements = new WeakMap<ReadModelStore, Statement<[string, string, string], OrderRow>>();

function orderStatementOf(readModels: ReadModelStore): Statement<[string, string, string], OrderRow> {
  let statement = orderStatements.get(readModels);
  if (!statement) {
    statement = readModels.db.prepare<[string, string, string], OrderRow>(
      `SELECT key, json_extract(document, '$.date') AS date, json_extract(document, '$.position') AS position
       FROM read_models WHERE projection = ? AND key >= ? AND key < ?`,
    );
    orderStatements.set(readModels, statement);
  }
  return statement;
}

function orderKey(date: string, position: number): number {
  const day = Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) / DAY_MS;
  return day * POSITIONS_PER_DAY + position;
}

function cursorKey(cursor: string): number {
  const [, date, position] = TIMELINE_CURSOR.exec(cursor) ?? [];
  if (date === undefined) throw new RangeError(`Not a timeline cursor: ${cursor}`);
  return orderKey(date, Number(position));
}

function cursorOf(key: number): string {
  const day = Math.floor(key / POSITIONS_PER_DAY);
  return `${new Date(day * DAY_MS).toISOString().slice(0, 10)}_${key - day * POSITIONS_PER_DAY}`;
}

const CANONICAL_UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const UUID_BYTES = 16;

/**
 * A list of event ids in 16 bytes each when every one is a lower-case UUID, as the service mints them
 * (a string costs about four times that), and as plain strings otherwise.
 */
export class PackedEventIds {
  private constructor(
    private readonly packed: Buffer | undefined,
    private readonly plain: readonly string[] | undefined,
    readonly length: number,
  ) {}

  static of(ids: readonly string[]): PackedEventIds {
    if (!ids.every((id) => CANONICAL_UUID.test(id))) return new PackedEventIds(undefined, ids, ids.length);
    const packed = Buffer.alloc(ids.length * UUID_BYTES);
    ids.forEach((id, index) => packed.write(id.replaceAll('-', ''), index * UUID_BYTES, 'hex'));
    return new PackedEventIds(packed, undefined, ids.length);
  }

  /** Roughly what the list occupies in memory. */
  get bytes(): number {
    return this.packed ? this.packed.length : this.length * 80;
  }

  at(index: number): string {
    if (this.plain) return this.plain[index];
    const hex = this.packed!.toString('hex', index * UUID_BYTES, (index + 1) * UUID_BYTES);
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
  }
}
