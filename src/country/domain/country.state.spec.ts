import { Recorded } from '../../event-store/event-envelope';
import { CountryEvent } from './country.events';
import { activeMilestones, foldCountry, latestStageMilestone } from './country.state';

const recorded = (revision: number, event: CountryEvent, eventId = `event-${revision}`): Recorded<CountryEvent> => ({
  ...event,
  eventId,
  revision,
  position: revision + 1,
  streamName: 'country-MLT',
  schemaVersion: 1,
  metadata: { actor: 'officer', commandId: 'c', correlationId: 'c', causationId: 'c', recordedAt: '2024-12-03T10:00:00.000Z' },
});
const training = (revision: number) =>
  recorded(revision, { type: 'TrainingHeld', data: { country: 'MLT', date: '2024-02-01', title: 'Workshop', audience: 'police' } });

describe('country state', () => {
  it('keeps the stage milestones and none of the others, however many there are', () => {
    const history = [
      recorded(0, { type: 'AssistanceInitiated', data: { country: 'MLT', date: '2024-01-10' } }),
      ...Array.from({ length: 1_000 }, (_, index) => training(index + 1)),
      recorded(1_001, { type: 'FrameworkDrafted', data: { country: 'MLT', date: '2024-03-01' } }),
    ];
    const state = foldCountry(history);
    expect(state.revision).toBe(1_001);
    expect([...state.stages.keys()]).toEqual(['event-0', 'event-1001']);
  });

  it('moves a corrected stage milestone and drops a retracted one from the rules', () => {
    const draft = { country: 'MLT', date: '2024-03-01' };
    const adoption = { country: 'MLT', date: '2024-04-01' };
    const drafted = recorded(0, { type: 'FrameworkDrafted', data: draft }, 'draft');
    const adopted = recorded(1, { type: 'FrameworkAdopted', data: adoption }, 'adoption');
    const moved = recorded(2, {
      type: 'MilestoneCorrected',
      data: { country: 'MLT', eventId: 'draft', milestoneType: 'FrameworkDrafted', previous: draft, changes: { date: '2024-05-01' }, reason: 'r' },
    });
    const withdrawn = recorded(3, {
      type: 'MilestoneRetracted',
      data: { country: 'MLT', eventId: 'adoption', milestoneType: 'FrameworkAdopted', previous: adoption, reason: 'r' },
    });
    const before = foldCountry([drafted, adopted]);
    const after = foldCountry([moved, withdrawn], before);
    expect(latestStageMilestone(after)).toMatchObject({ type: 'FrameworkDrafted', date: '2024-05-01' });
    expect(activeMilestones(after, 'FrameworkAdopted')).toEqual([]);
    expect(latestStageMilestone(before)).toMatchObject({ type: 'FrameworkAdopted', date: '2024-04-01' });
  });
});
