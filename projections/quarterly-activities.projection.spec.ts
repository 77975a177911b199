import type { CountryEvent, Milestone, MilestoneData } from '../src/country/domain/country.events';
import type { RegionalActivityHeld } from '../src/regional-activity/regional-activity.events';
import type { RecordedTrackerEvent, TrackerEvent } from '../src/tracker-events';
import { foldDocuments } from './projection';
import { QuarterlyActivity, quarterlyActivitiesProjection } from './quarterly-activities.projection';

let position = 0;
function recorded(event: TrackerEvent, eventId: string, recordedAt = '2024-12-20T09:00:00.000Z'): RecordedTrackerEvent {
  position += 1;
  return {
    ...event,
    eventId,
    schemaVersion: 1,
    position,
    streamName: 'test',
    revision: position,
    metadata: { actor: 'officer', commandId: eventId, correlationId: eventId, causationId: eventId, recordedAt },
  } as RecordedTrackerEvent;
}

const given = (...events: RecordedTrackerEvent[]) => foldDocuments(quarterlyActivitiesProjection, events);

const training: Milestone = {
  type: 'TrainingHeld',
  data: { country: 'MDV', date: '2024-11-12', title: 'Training of Trainers for Educators', audience: 'educators' },
};

const correction = (changes: Partial<MilestoneData>, previous: MilestoneData = training.data): CountryEvent => ({
  type: 'MilestoneCorrected',
  data: { country: 'MDV', eventId: 'e1', milestoneType: 'TrainingHeld', previous, changes, reason: 'typo' },
});

describe('quarterly activities projection', () => {
  it('files an activity under the quarter of its business date, not of when it was logged', () => {
    const documents = given(recorded(training, 'e1', '2025-01-03T10:00:00.000Z'));
    expect([...documents.keys()]).toEqual(['2024-Q4/e1']);
    expect(documents.get('2024-Q4/e1')).toEqual({
      quarter: '2024-Q4',
      eventId: 'e1',
      type: 'TrainingHeld',
      countries: ['MDV'],
      date: '2024-11-12',
      fields: training.data,
      corrected: false,
      recordedAt: '2025-01-03T10:00:00.000Z',
    });
  });

  it('keeps the officer note', () => {
    const noted: Milestone = { ...training, data: { ...training.data, note: 'In the Maldives, it went well.' } };
    expect(given(recorded(noted, 'e1')).get('2024-Q4/e1')?.note).toBe('In the Maldives, it went well.');
  });

  it('shows corrected values and marks the activity corrected', () => {
    const documents = given(
      recorded(training, 'e1', '2024-11-13T08:00:00.000Z'),
      recorded(correction({ participants: 31 }), 'c1', '2024-12-01T08:00:00.000Z'),
    );
    const activity = documents.get('2024-Q4/e1')!;
    expect(activity.fields).toEqual({ ...training.data, participants: 31 });
    expect(activity).toMatchObject({ corrected: true, correctedAt: '2024-12-01T08:00:00.000Z', correctionReason: 'typo' });
    expect(activity.recordedAt).toBe('2024-11-13T08:00:00.000Z');
  });

  it('moves an activity whose date is corrected into another quarter', () => {
    const documents = given(recorded(training, 'e1'), recorded(correction({ date: '2025-01-08' }), 'c1'));
    expect([...documents.keys()]).toEqual(['2025-Q1/e1']);
    expect(documents.get('2025-Q1/e1')).toMatchObject({ quarter: '2025-Q1', date: '2025-01-08', corrected: true });
  });

  it('does not bring back a retracted activity when a stray correction arrives', () => {
    const retraction: CountryEvent = {
      type: 'MilestoneRetracted',
      data: { country: 'MDV', eventId: 'e1', milestoneType: 'TrainingHeld', previous: training.data, reason: 'never held' },
    };
    const documents = given(recorded(training, 'e1'), recorded(retraction, 'r1'), recorded(correction({ participants: 3 }), 'c1'));
    expect(documents.size).toBe(0);
  });

  it('removes a retracted activity from the quarter it stood in after a correction', () => {
    const moved = { ...training.data, date: '2025-02-01' };
    const retraction: CountryEvent = {
      type: 'MilestoneRetracted',
      data: { country: 'MDV', eventId: 'e1', milestoneType: 'TrainingHeld', previous: moved, reason: 'duplicate' },
    };
    const documents = given(recorded(training, 'e1'), recorded(correction({ date: '2025-02-01' }), 'c1'), recorded(retraction, 'r1'));
    expect(documents.size).toBe(0);
  });

  it('files a plan under the quarter it was made in, keeping the quarter it is planned for', () => {
    const plan: Milestone = {
      type: 'ActivityPlanned',
      data: { country: 'ECU', date: '2024-12-16', plannedFor: '2025-Q1', kind: 'child-consultation', title: 'Workshops' },
    };
    const activity = given(recorded(plan, 'p1')).get('2024-Q4/p1') as Extract<QuarterlyActivity, { type: 'ActivityPlanned' }>;
    expect(activity.fields.plannedFor).toBe('2025-Q1');
  });

  it('keeps a regional activity once, with all its countries', () => {
    const regional: RegionalActivityHeld = {
      type: 'RegionalActivityHeld',
      data: { activityId: 'a1', countries: ['KEN', 'GHA'], date: '2024-10-02', kind: 'workshop', title: 'Regional Workshop', host: 'KEN' },
    };
    const documents = given(recorded(regional, 'g1'));
    expect([...documents.keys()]).toEqual(['2024-Q4/g1']);
    expect(documents.get('2024-Q4/g1')?.countries).toEqual(['KEN', 'GHA']);
  });

  it('ignores report publications', () => {
    const published: TrackerEvent = {
      type: 'QuarterlyReportPublished',
      data: { quarter: '2024-Q4', asOf: '2025-01-05T00:00:00.000Z', format: 'md', contentHash: 'abc', throughPosition: 3 },
    };
    expect(quarterlyActivitiesProjection.documentsOf(recorded(published, 'x1'))).toEqual([]);
  });
});
