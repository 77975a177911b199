import type { Milestone } from '../src/country/domain/country.events';
import { recordAll } from '../src/shared/testing/projection-specification';
import { foldDocuments } from './projection';
import { POSITIONS_PER_STRETCH, quarterLogIndexProjection } from './quarter-log-index.projection';
import { quartersTouchedBy } from './quarterly-activities.projection';

const training = (date: string): Milestone => ({
  type: 'TrainingHeld',
  data: { country: 'MDV', date, title: 'Training of Trainers for Educators', audience: 'educators' },
});

describe('quarter log index projection', () => {
  const events = recordAll([
    { ...training('2024-11-12'), eventId: 'e1', recordedAt: '2024-12-02T09:00:00.000Z' },
    { ...training('2024-12-01'), eventId: 'e2', recordedAt: '2024-12-02T15:00:00.000Z' },
    {
      type: 'MilestoneCorrected',
      data: { country: 'MDV', eventId: 'e1', milestoneType: 'TrainingHeld', previous: training('2024-11-12').data, changes: { date: '2025-01-10' }, reason: 'wrong year' },
      recordedAt: '2025-01-15T09:00:00.000Z',
    },
    {
      type: 'MilestoneRetracted',
      data: { country: 'MDV', eventId: 'e2', milestoneType: 'TrainingHeld', previous: training('2024-12-01').data, reason: 'never held' },
      recordedAt: '2025-01-15T10:00:00.000Z',
    },
    {
      type: 'QuarterlyReportPublished',
      data: { quarter: '2024-Q4', asOf: '2025-01-16T10:00:00.000Z', format: 'md', contentHash: 'sha256', throughPosition: 4 },
      recordedAt: '2025-01-16T10:00:00.000Z',
    },
  ]);

  it('lists, per quarter and stretch of the log, the positions of the events that touch the quarter, in log order', () => {
    const documents = foldDocuments(quarterLogIndexProjection, events);
    expect(Object.fromEntries(documents)).toEqual({
      '2024-Q4/0': { positions: [1, 2, 3, 4] },
      '2025-Q1/0': { positions: [3] },
    });
    const later = recordAll([{ ...training('2024-10-01'), eventId: 'e9' }], POSITIONS_PER_STRETCH * 3 + 7);
    expect([...foldDocuments(quarterLogIndexProjection, later, documents).keys()]).toContain('2024-Q4/3');
  });

  it('names both quarters of a correction that moves an activity, and none for a publication', () => {
    expect(events.map(quartersTouchedBy)).toEqual([['2024-Q4'], ['2024-Q4'], ['2024-Q4', '2025-Q1'], ['2024-Q4'], []]);
  });
});
