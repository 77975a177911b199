import { GivenEvent, projectionSpecification } from '../src/shared/testing/projection-specification';
import { byTimelineOrder, countryTimelineProjection, TimelineEntry, timelineKey } from './country-timeline.projection';
import { trainingOfTrainers as tot } from '../src/shared/testing/timeline-events.fixture';

const given = projectionSpecification(countryTimelineProjection);

const correctParticipants: GivenEvent = {
  type: 'MilestoneCorrected',
  actor: 'jonas',
  recordedAt: '2024-12-05T10:00:00.000Z',
  data: { country: 'MDV', eventId: 'tot', milestoneType: 'TrainingHeld', previous: tot.data, changes: { participants: 30, date: '2024-11-13' }, reason: 'Attendance sheet arrived' },
} as GivenEvent;
const retractTot: GivenEvent = {
  type: 'MilestoneRetracted',
  actor: 'jonas',
  recordedAt: '2024-12-06T10:00:00.000Z',
  data: { country: 'MDV', eventId: 'tot', milestoneType: 'TrainingHeld', previous: tot.data, reason: 'Logged for the wrong country' },
} as GivenEvent;
const regional: GivenEvent = {
  type: 'RegionalActivityHeld',
  eventId: 'ra',
  data: { activityId: 'ra', countries: ['KEN', 'GHA', 'KEN'], date: '2024-10-02', kind: 'workshop', title: 'COP workshop for Africa', participants: 200 },
};

describe('country timeline projection', () => {
  it('adds each milestone under its country with its data and who logged it when', () =>
    given([])
      .when(tot)
      .then(timelineKey('MDV', 'tot'), {
        eventId: 'tot',
        type: 'TrainingHeld',
        date: '2024-11-12',
        data: tot.data,
        position: 1,
        recordedBy: 'amina',
        recordedAt: '2024-12-03T10:00:00.000Z',
      }));

  it('shows a correction over the original, with its reason and author, keeping what it changed', () =>
    given([tot])
      .when(correctParticipants)
      .then(
        timelineKey('MDV', 'tot'),
        expect.objectContaining({
          date: '2024-11-13',
          data: { ...tot.data, participants: 30, date: '2024-11-13' },
          recordedBy: 'amina',
          corrected: [
            {
              reason: 'Attendance sheet arrived',
              correctedBy: 'jonas',
              correctedAt: '2024-12-05T10:00:00.000Z',
              changes: { participants: 30, date: '2024-11-13' },
              previous: tot.data,
            },
          ],
        }),
      ));

  it('keeps every correction in order', () => {
    const again = { ...correctParticipants, data: { ...correctParticipants.data, changes: { participants: 31 }, reason: 'Recount' } } as GivenEvent;
    const entry = given([tot, correctParticipants]).when(again).documents.get(timelineKey('MDV', 'tot'))!;
    expect(entry.corrected!.map((correction) => correction.reason)).toEqual(['Attendance sheet arrived', 'Recount']);
    expect(entry.data).toEqual({ ...tot.data, participants: 31, date: '2024-11-13' });
  });

  it('keeps a retracted milestone, marked with why, by whom and when', () =>
    given([tot])
      .when(retractTot)
      .then(
        timelineKey('MDV', 'tot'),
        expect.objectContaining({
          data: tot.data,
          retracted: { reason: 'Logged for the wrong country', retractedBy: 'jonas', retractedAt: '2024-12-06T10:00:00.000Z' },
        }),
      ));

  it('ignores a correction of a milestone it never saw', () => given([]).when(correctParticipants).thenKeys([]));

  it('shows a regional activity once in every listed country', () => {
    const { documents, thenKeys } = given([]).when(regional);
    thenKeys([timelineKey('KEN', 'ra'), timelineKey('GHA', 'ra')]);
    expect(documents.get(timelineKey('GHA', 'ra'))).toMatchObject({ eventId: 'ra', type: 'RegionalActivityHeld', data: regional.data });
    expect(documents.get(timelineKey('KEN', 'ra'))).toEqual(documents.get(timelineKey('GHA', 'ra')));
  });

  it('ignores published reports', () =>
    given([])
      .when({ type: 'QuarterlyReportPublished', data: { quarter: '2024-Q4', asOf: 'x', format: 'md', contentHash: 'h', throughPosition: 1 } })
      .thenKeys([]));

  it('orders entries by business date, then by log position', () => {
    const entry = (eventId: string, date: string, position: number) => ({ eventId, date, position }) as TimelineEntry;
    const entries = [entry('c', '2024-11-12', 9), entry('a', '2024-10-01', 12), entry('b', '2024-11-12', 3)];
    expect(entries.sort(byTimelineOrder).map((e) => e.eventId)).toEqual(['a', 'b', 'c']);
  });
});
