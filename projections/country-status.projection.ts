import type { RecordedTrackerEvent } from '../src/tracker-events';
import type { Projection } from './projection';

// Placeholder until the real fold lands.
export const countryStatusProjection: Projection<unknown, RecordedTrackerEvent> = {
  name: 'country-status',
  version: 0,
  documentsOf: () => [],
  initialState: () => null,
  evolve: (state) => state,
};
