import { randomUUID } from 'node:crypto';
import { PackedEventIds, TIMELINE_CURSOR, TimelineIndex, TimelineIndexRow } from './timeline-index';

const row = (eventId: string, date: string, position: number): TimelineIndexRow => ({ eventId, date, position });

describe('timeline index', () => {
  const rows = [
    row('late', '2024-11-20', 3),
    row('early', '2008-02-01', 9),
    row('same-day-second', '2024-11-20', 7),
    row('middle', '2016-06-30', 1),
    row('huge-position', '2016-06-30', 2 ** 32 - 1),
  ];
  const index = TimelineIndex.of(rows);

  it('orders entries by business date, then by log position', () =>
    expect(index.page(10).eventIds).toEqual(['early', 'middle', 'huge-position', 'late', 'same-day-second']));

  it('answers the latest entries first and a cursor to the page before them', () => {
    const latest = index.page(2);
    expect(latest).toEqual({ eventIds: ['late', 'same-day-second'], total: 5, next: '2024-11-20_3' });
    expect(latest.next).toMatch(TIMELINE_CURSOR);
    const earlier = index.page(2, latest.next!);
    expect(earlier).toEqual({ eventIds: ['middle', 'huge-position'], total: 5, next: '2016-06-30_1' });
    expect(index.page(2, earlier.next!)).toEqual({ eventIds: ['early'], total: 5, next: null });
  });

  it('takes any place in the order as a cursor, whether an entry is there or not', () => {
    expect(index.page(10, '2016-06-30_2').eventIds).toEqual(['early', 'middle']);
    expect(index.page(10, '2030-01-01_0').eventIds).toHaveLength(5);
    expect(index.page(10, '2008-02-01_9')).toEqual({ eventIds: [], total: 5, next: null });
  });

  it('is empty for a country without entries', () => expect(TimelineIndex.of([]).page(200)).toEqual({ eventIds: [], total: 0, next: null }));

  it('keeps service-minted ids in 16 bytes each and gives them back unchanged', () => {
    const ids = Array.from({ length: 300 }, () => randomUUID());
    const packed = PackedEventIds.of(ids);
    expect(packed.bytes).toBe(300 * 16);
    expect(Array.from({ length: 300 }, (_, position) => packed.at(position))).toEqual(ids);
  });

  it('keeps other ids as they are', () => {
    const ids = [randomUUID(), 'EVENT-1', randomUUID().toUpperCase()];
    const packed = PackedEventIds.of(ids);
    expect([packed.at(0), packed.at(1), packed.at(2)]).toEqual(ids);
  });
});
