import type { Recorded } from '../event-store/event-envelope';
import { auditEntryOf, matchesAudit } from './audit-entry';

const recorded = (type: string, data: object, actor = 'amina', recordedAt = '2024-12-03T10:00:00.000Z'): Recorded => ({
  type,
  data,
  eventId: `id-${type}`,
  schemaVersion: 1,
  metadata: { actor, commandId: 'c', correlationId: 'c', causationId: 'c', recordedAt },
  position: 7,
  streamName: 's',
  revision: 0,
});

describe('audit entries', () => {
  it('says what a correction changed and why', () => {
    const entry = auditEntryOf(recorded('MilestoneCorrected', { country: 'MLT', eventId: 'e1', milestoneType: 'TrainingHeld', changes: {}, reason: 'Typo' }));
    expect(entry).toEqual({
      position: 7,
      recordedAt: '2024-12-03T10:00:00.000Z',
      actor: 'amina',
      action: 'corrected',
      type: 'MilestoneCorrected',
      eventId: 'id-MilestoneCorrected',
      countries: ['MLT'],
      target: { eventId: 'e1', type: 'TrainingHeld' },
      reason: 'Typo',
    });
  });

  it('lists every country of a regional activity and the quarter of a publication', () => {
    expect(auditEntryOf(recorded('RegionalActivityHeld', { countries: ['KEN', 'GHA'], date: '2024-11-26' }))).toMatchObject({ action: 'recorded', countries: ['KEN', 'GHA'], date: '2024-11-26' });
    expect(auditEntryOf(recorded('QuarterlyReportPublished', { quarter: '2024-Q4' }))).toMatchObject({ action: 'published', countries: [], date: '2024-Q4' });
  });

  it('filters by country, actor and recorded time, a day including its whole length', () => {
    const entry = auditEntryOf(recorded('TrainingHeld', { country: 'MLT', date: '2024-11-12' }));
    expect(matchesAudit(entry, { country: 'MLT', actor: 'amina', from: '2024-12-03', to: '2024-12-03' })).toBe(true);
    expect([{ country: 'KEN' }, { actor: 'jonas' }, { from: '2024-12-04' }, { to: '2024-12-02' }].map((filter) => matchesAudit(entry, filter))).toEqual([false, false, false, false]);
  });
});
