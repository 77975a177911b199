import type { QuarterId } from '../country/domain/country.events';
import type { EventStore } from '../event-store/event-store.port';
import type { RecordedTrackerEvent } from '../tracker-events';
import { quarterlyActivityKey, quarterlyActivitiesProjection, quarterOfDate } from '../../projections/quarterly-activities.projection';
import { forEachLogBatch, isWithin, LogCutoff, touchesQuarter } from './activity-log';
import { detailsOf } from './activity-rows';
import { ACTIVITY_LABELS } from './report-sections';

/** Something recorded for the quarter that the published report does not contain. */
export type ChangeSincePublication = {
  position: number;
  eventId: string;
  type: string;
  change: 'added' | 'corrected' | 'retracted';
  recordedAt: string;
  recordedBy: string;
  countries: string[];
  /** The business date of the activity concerned. */
  date: string;
  summary: string;
  reason?: string;
};

const shown = (value: unknown) => (typeof value === 'string' ? value : JSON.stringify(value));

function describe(event: RecordedTrackerEvent, quarter: QuarterId): Omit<ChangeSincePublication, 'position' | 'eventId' | 'type' | 'recordedAt' | 'recordedBy'> | null {
  switch (event.type) {
    case 'MilestoneCorrected': {
      const { previous, changes, milestoneType, reason, country } = event.data;
      const edits = Object.entries(changes).map(([field, value]) => `${field}: ${shown((previous as Record<string, unknown>)[field] ?? '–')} → ${shown(value)}`);
      const [before, after] = [quarterOfDate(previous.date), quarterOfDate(changes.date ?? previous.date)];
      const moved = before === after ? '' : after === quarter ? ` (moved from ${before})` : ` (moved to ${after})`;
      return { change: 'corrected', countries: [country], date: changes.date ?? previous.date, summary: `${ACTIVITY_LABELS[milestoneType]} corrected${moved}: ${edits.join('; ')}`, reason };
    }
    case 'MilestoneRetracted': {
      const { previous, milestoneType, reason, country } = event.data;
      return { change: 'retracted', countries: [country], date: previous.date, summary: `${ACTIVITY_LABELS[milestoneType]} retracted`, reason };
    }
    case 'QuarterlyReportPublished':
      return null;
    default: {
      const activity = quarterlyActivitiesProjection.evolve(null, event, quarterlyActivityKey(quarter, event.eventId));
      if (!activity) return null;
      const details = detailsOf(activity);
      return {
        change: 'added',
        countries: activity.countries,
        date: activity.date,
        summary: `${ACTIVITY_LABELS[activity.type]}${details ? `: ${details}` : ''}`,
      };
    }
  }
}

/** Events touching the quarter that the cutoff left out, in log order. */
export async function changesSincePublication(
  store: Pick<EventStore, 'readAll'>,
  quarter: QuarterId,
  published: LogCutoff,
): Promise<ChangeSincePublication[]> {
  const changes: ChangeSincePublication[] = [];
  await forEachLogBatch(store, (batch) => {
    for (const event of batch) {
      if (isWithin(event, published) || !touchesQuarter(event, quarter)) continue;
      const described = describe(event, quarter);
      if (!described) continue;
      changes.push({
        position: event.position,
        eventId: event.eventId,
        type: event.type,
        recordedAt: event.metadata.recordedAt,
        recordedBy: event.metadata.actor,
        ...described,
      });
    }
  });
  return changes;
}
