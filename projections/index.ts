import { countryStatusProjection } from './country-status.projection';
import { countryTimelineProjection } from './country-timeline.projection';
import { logDaysProjection } from './log-days.projection';
import { quarterLogIndexProjection } from './quarter-log-index.projection';
import { quarterlyActivitiesProjection } from './quarterly-activities.projection';

export const ALL_PROJECTIONS = [
  countryStatusProjection,
  countryTimelineProjection,
  quarterlyActivitiesProjection,
  quarterLogIndexProjection,
  logDaysProjection,
];
