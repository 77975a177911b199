import type { Milestone } from '../../country/domain/country.events';
import type { TrackerEvent, RecordedTrackerEvent } from '../../tracker-events';
import { foldDocuments } from '../../../projections/projection';
import { QuarterlyActivity, quarterlyActivitiesProjection } from '../../../projections/quarterly-activities.projection';
import { buildQuarterlyReport } from '../build-quarterly-report';
import type { CountryLookup, CountryNaming, QuarterlyReport } from '../report.model';

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

export const reportOf = (...events: GivenEvent[]) =>
  buildQuarterlyReport({ quarter: '2024-Q4', activities: activitiesOf(...events), countries: testCountries });

/** Section headings ("1.2 Capacity building") with the sentences under them. */
export const sectionsOf = (built: QuarterlyReport) =>
  Object.fromEntries(
    built.parts.flatMap((part) => part.sections).map((section) => [`${section.number} ${section.title}`, section.items.map((item) => item.text)]),
  );

type MilestoneOf<Type extends Milestone['type']> = Extract<Milestone, { type: Type }>;

export const drafted = (country: string, date = '2024-11-28'): MilestoneOf<'FrameworkDrafted'> => ({
  type: 'FrameworkDrafted',
  data: { country, date },
});

export const initiated = (country: string, date = '2024-10-15'): MilestoneOf<'AssistanceInitiated'> => ({
  type: 'AssistanceInitiated',
  data: { country, date },
});

export const consultation = (country: string, date = '2024-11-14'): MilestoneOf<'ChildConsultationHeld'> => ({
  type: 'ChildConsultationHeld',
  data: { country, date, partner: 'Western Sydney University' },
});

export const training = (country: string, extra: Partial<MilestoneOf<'TrainingHeld'>['data']> = {}): MilestoneOf<'TrainingHeld'> => ({
  type: 'TrainingHeld',
  data: { country, date: '2024-11-12', title: 'Training of Trainers for Educators', audience: 'educators', ...extra },
});
