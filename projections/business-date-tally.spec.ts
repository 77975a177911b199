import { DateTally, emptyTally, latestDate, TALLY_DATES_KEPT, tallyDate } from './business-date-tally';

const day = (offset: number) => new Date(Date.UTC(2010, 0, 1) + offset * 86_400_000).toISOString().slice(0, 10);
const tallied = (dates: string[], start: DateTally = emptyTally()) => dates.reduce((tally, date) => tallyDate(tally, date, 1), start);
const retracted = (tally: DateTally, dates: string[]) => dates.reduce((current, date) => tallyDate(current, date, -1), tally);

describe('business date tally', () => {
  it('counts each date and finds the latest again when the latest is retracted', () => {
    const tally = tallied(['2024-03-01', '2024-05-01', '2024-05-01', '2024-04-01']);
    expect(tally).toEqual({ dates: ['2024-03-01', '2024-04-01', '2024-05-01'], counts: [1, 1, 2] });
    expect(latestDate(retracted(tally, ['2024-05-01']))).toBe('2024-05-01');
    expect(latestDate(retracted(tally, ['2024-05-01', '2024-05-01']))).toBe('2024-04-01');
    expect(latestDate(retracted(tally, ['2024-05-01', '2024-05-01', '2024-04-01', '2024-03-01']))).toBeNull();
  });

  it('ignores the retraction of a date it never counted', () => {
    const tally = tallied(['2024-03-01']);
    expect(tallyDate(tally, '2024-02-01', -1)).toBe(tally);
  });

  it('keeps only the newest dates of a long history, however long it is', () => {
    const history = Array.from({ length: 5000 }, (_, index) => day((index * 7919) % 5000));
    const tally = tallied(history);
    expect(tally.dates).toEqual(Array.from({ length: TALLY_DATES_KEPT }, (_, index) => day(5000 - TALLY_DATES_KEPT + index)));
    expect(tally.droppedUpTo).toBe(day(5000 - TALLY_DATES_KEPT - 1));
    expect(JSON.stringify(tally).length).toBeLessThan(600);
  });

  it('stays exact while fewer than all kept dates are retracted', () => {
    const tally = tallied(Array.from({ length: 100 }, (_, index) => day(index)));
    const newest = Array.from({ length: TALLY_DATES_KEPT - 1 }, (_, index) => day(99 - index));
    expect(latestDate(retracted(tally, newest))).toBe(day(100 - TALLY_DATES_KEPT));
  });

  it('falls back to the newest date it let go once every kept date is retracted', () => {
    const tally = tallied(Array.from({ length: 100 }, (_, index) => day(index)));
    expect(latestDate(retracted(tally, tally.dates.slice()))).toBe(day(100 - TALLY_DATES_KEPT - 1));
  });

  it('does not count dates older than the ones it let go, which cannot be the latest', () => {
    const tally = tallied(Array.from({ length: 100 }, (_, index) => day(index)));
    expect(tallyDate(tally, day(3), 1)).toBe(tally);
    expect(tallied([day(200)], tally).dates.at(-1)).toBe(day(200));
  });
});
