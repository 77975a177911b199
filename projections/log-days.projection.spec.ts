import { recordAll } from '../src/shared/testing/projection-specification';
import { logDaysProjection } from './log-days.projection';
import { foldDocuments } from './projection';

describe('log days projection', () => {
  it('keeps the first and last log position of the events recorded on each day, whatever their type', () => {
    const events = recordAll([
      { type: 'FrameworkDrafted', data: { country: 'MDV', date: '2024-03-01' }, recordedAt: '2024-03-02T09:00:00.000Z' },
      { type: 'FrameworkAdopted', data: { country: 'MDV', date: '2024-03-05' }, recordedAt: '2024-03-05T09:00:00.000Z' },
      { type: 'AssistanceInitiated', data: { country: 'KEN', date: '2024-03-01' }, recordedAt: '2024-03-02T23:59:59.999Z' },
      {
        type: 'QuarterlyReportPublished',
        data: { quarter: '2024-Q1', asOf: '2024-04-02T09:00:00.000Z', format: 'md', contentHash: 'sha256', throughPosition: 3 },
        recordedAt: '2024-04-02T09:00:00.000Z',
      },
    ]);
    expect(Object.fromEntries(foldDocuments(logDaysProjection, events))).toEqual({
      '2024-03-02': { day: '2024-03-02', first: 1, last: 3 },
      '2024-03-05': { day: '2024-03-05', first: 2, last: 2 },
      '2024-04-02': { day: '2024-04-02', first: 4, last: 4 },
    });
  });
});
