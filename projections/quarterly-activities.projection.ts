import type { RecordedTrackerEvent } from '../src/tracker-events';
import type { Projection } from './projection';

// Placeholder until the real fold lands.
export const quarterlyActivitiesProjection: Projection<unknown, RecordedTrackerEvent> = {
  name: 'quarterly-activities',
  version: 0,
  documentsOf: () => [],
  initialState: () => null,
  evolve: (state) => state,
};
