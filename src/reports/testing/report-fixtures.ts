import type { TrackerEvent, RecordedTrackerEvent } from '../../tracker-events';
import { foldDocuments } from '../../../projections/projection';
import { QuarterlyActivity, quarterlyActivitiesProjection } from '../../../projections/quarterly-activities.projection';
import type { CountryLookup, CountryNaming } from '../report.model';

const COUNTRIES: Record<string, CountryNaming> = {
  AND: { name: 'Andorra', nameInSentence: 'Andorra', region: 'EUR' },
  BHS: { name: 'Bahamas', nameInSentence: 'the Bahamas', region: 'AMS' },
  ECU: { name: 'Ecuador', nameInSentence: 'Ecuador', region: 'AMS' },
  GHA: { name: 'Ghana', nameInSentence: 'Ghana', region: 'AFR' },
  IDN: { name: 'Indonesia', nameInSentence: 'Indonesia', region: 'ASP' },
  KEN: { name: 'Kenya', nameInSentence: 'Kenya', region: 'AFR' },
  LBN: { name: 'Lebanon', nameInSentence: 'Lebanon', region: 'ARB' },
  MDV: { name: 'Maldives', nameInSentence: 'the Maldives', region: 'ASP' },
  MLT: { name: 'Malta', nameInSentence: 'Malta', region: 'EUR' },
  MWI: { name: 'Malawi', nameInSentence: 'Malawi', region: 'AFR' },
  NGA: { name: 'Nigeria', nameInSentence: 'Nigeria', region: 'AFR' },
  SUR: { name: 'Suriname', nameInSentence: 'Suriname', region: 'AMS' },
  SWZ: { name: 'Eswatini', nameInSentence: 'Eswatini', region: 'AFR' },
  PRI: { name: 'Puerto Rico', nameInSentence: 'Puerto Rico', region: null },
};

/** A small country directory for specs, with the articles and regions the report relies on. */
export const testCountries: CountryLookup = (code) => COUNTRIES[code] ?? { name: code, nameInSentence: code, region: null };

export type GivenEvent = TrackerEvent & { eventId?: string; recordedAt?: string };

/** Records plain events in order and folds them with the quarterly-activities projection. */
export function activitiesOf(...events: GivenEvent[]): QuarterlyActivity[] {
  return [...foldDocuments(quarterlyActivitiesProjection, recordAll(events)).values()];
}

export function recordAll(events: GivenEvent[]): RecordedTrackerEvent[] {
  return events.map(({ eventId, recordedAt, ...event }, index) => {
    const id = eventId ?? `00000000-0000-4000-8000-${String(index + 1).padStart(12, '0')}`;
    return {
      ...event,
      eventId: id,
      schemaVersion: 1,
      position: index + 1,
      streamName: 'test',
      revision: index,
      metadata: {
        actor: 'officer',
        commandId: id,
        correlationId: id,
        causationId: id,
        recordedAt: recordedAt ?? '2024-12-20T09:00:00.000Z',
      },
    } as RecordedTrackerEvent;
  });
}
