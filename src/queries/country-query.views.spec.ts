import { countryTimelineProjection, timelineKey } from '../../projections/country-timeline.projection';
import { GivenEvent, projectionSpecification } from '../shared/testing/projection-specification';
import { entryView } from './country-query.views';
import { trainingOfTrainers as tot } from '../shared/testing/timeline-events.fixture';

const given = projectionSpecification(countryTimelineProjection);

const viewOf = (events: GivenEvent[], last: GivenEvent, key: string) => entryView(given(events).when(last).documents.get(key)!);

describe('entryView', () => {
  it('shows a milestone with a one-line summary, who logged it and when, and nothing of how it is stored', () => {
    expect(viewOf([], tot, timelineKey('MDV', 'tot'))).toEqual({
      eventId: 'tot',
      type: 'TrainingHeld',
      date: '2024-11-12',
      summary: 'Training of Trainers for Educators held for educators (25 participants)',
      data: tot.data,
      recordedBy: 'amina',
      recordedAt: '2024-12-03T10:00:00.000Z',
    });
  });

  it('summarises a corrected milestone as it stands after the correction', () => {
    const correction = {
      type: 'MilestoneCorrected',
      actor: 'jonas',
      data: { country: 'MDV', eventId: 'tot', milestoneType: 'TrainingHeld', previous: tot.data, changes: { participants: 30 }, reason: 'Attendance sheet arrived' },
    } as GivenEvent;
    const view = viewOf([tot], correction, timelineKey('MDV', 'tot'));
    expect(view.summary).toBe('Training of Trainers for Educators held for educators (30 participants)');
    expect(view.corrected?.map((entry) => entry.reason)).toEqual(['Attendance sheet arrived']);
  });

  it('summarises a regional activity in each country it lists, and a plan with the quarter it is for', () => {
    const regional: GivenEvent = {
      type: 'RegionalActivityHeld',
      eventId: 'ra',
      data: { activityId: 'ra', countries: ['KEN', 'GHA'], date: '2024-10-02', kind: 'workshop', title: 'COP workshop for Africa', participants: 200 },
    };
    const plan: GivenEvent = {
      type: 'ActivityPlanned',
      eventId: 'p',
      data: { country: 'ECU', date: '2024-12-01', plannedFor: '2025-Q1', kind: 'child-consultation', title: 'Consultation with the child taskforce' },
    };
    expect(viewOf([], regional, timelineKey('GHA', 'ra')).summary).toBe('Regional workshop: COP workshop for Africa, with 2 countries and 200 participants');
    expect(viewOf([], plan, timelineKey('ECU', 'p')).summary).toBe('Consultation with the child taskforce planned for Q1 2025');
  });
});
