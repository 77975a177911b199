import type { RecordedTrackerEvent } from '../src/tracker-events';
import type { Projection } from './projection';

// Placeholder until the real fold lands.
export const countryTimelineProjection: Projection<unknown, RecordedTrackerEvent> = {
  name: 'country-timeline',
  version: 0,
  documentsOf: () => [],
  initialState: () => null,
  evolve: (state) => state,
};
