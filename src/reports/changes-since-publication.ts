import type { QuarterId } from '../country/domain/country.events';
import type { RecordedTrackerEvent } from '../tracker-events';
import { quarterlyActivityKey, quarterlyActivitiesProjection, quarterOfDate } from '../../projections/quarterly-activities.projection';
import { isWithin, LogCutoff, QuarterEventReader } from './activity-log';
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

type ChangeDescription = Pick<ChangeSincePublication, 'change' | 'countries' | 'date' | 'summary' | 'reason'>;

function describe(event: RecordedTrackerEvent, quarter: QuarterId): ChangeDescription | null {
  switch (event.type) {
    case 'MilestoneCorrected': {
      const { previous, changes, milestoneType, reason, country } = event.data;
      const before = previous as Record<string, unknown>;
      const edits = Object.entries(changes).map(([field, value]) => `${field}: ${shown(before[field] ?? '–')} → ${shown(value)}`);
      const [from, to] = [quarterOfDate(previous.date), quarterOfDate(changes.date ?? previous.date)];
      const moved = from === to ? '' : to === quarter ? ` (moved from ${from})` : ` (moved to ${to})`;
      const summary = `${ACTIVITY_LABELS[milestoneType]} corrected${moved}: ${edits.join('; ')}`;
      return { change: 'corrected', countries: [country], date: changes.date ?? previous.date, summary, reason };
    }
    case 'MilestoneRetracted': {
      const { previous, milestoneType, reason, country } = event.data;
      const summary = `${ACTIVITY_LABELS[milestoneType]} retracted`;
      return { change: 'retracted', countries: [country], date: previous.date, summary, reason };
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
  events: QuarterEventReader,
  quarter: QuarterId,
  published: LogCutoff,
): Promise<ChangeSincePublication[]> {
  const changes: ChangeSincePublication[] = [];
  await events(quarter, (batch) => {
    for (const event of batch) {
      if (isWithin(event, published)) continue;
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
