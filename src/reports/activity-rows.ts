import type { QuarterlyActivity } from '../../projections/quarterly-activities.projection';
import { participantsOf } from './activity-sentences';
import type { ActivityRow, CountryLookup } from './report.model';
import { ACTIVITY_LABELS } from './report-sections';
import { byName, compareCodes, languageName, orderByName } from './report-wording';

export function detailsOf(activity: QuarterlyActivity): string {
  switch (activity.type) {
    case 'GuidelinesTranslated': {
      const { language, guidelines, presented } = activity.fields;
      return [languageName(language), guidelines, presented ? 'officially presented' : undefined].filter(Boolean).join('; ');
    }
    case 'TrainingHeld':
    case 'EventHeld':
    case 'ActivityPlanned':
    case 'RegionalActivityHeld':
      return activity.fields.title;
    case 'FrameworkDrafted':
      return activity.fields.title ?? '';
    case 'FrameworkAdopted':
      return activity.fields.instrument ?? '';
    case 'AssistanceInitiated':
      return activity.fields.summary ?? '';
    case 'AssistanceCompleted':
      return activity.fields.outcome;
    case 'ChildTaskforceEstablished':
    case 'ChildConsultationHeld':
      return activity.fields.partner ?? '';
    default: {
      const unknownActivity: never = activity;
      return unknownActivity;
    }
  }
}

export type PlacedActivity = { activity: QuarterlyActivity; section: string; sectionOrder: number; sentence: string };

type CountryColumns = Pick<ActivityRow, 'countries' | 'countryCodes' | 'ituRegions'>;

/** Names, codes and regions by country name; most activities have one country, which needs no sorting. */
function countryColumns(codes: readonly string[], countries: CountryLookup): CountryColumns {
  if (codes.length === 1) {
    const { name, region } = countries(codes[0]);
    return { countries: name, countryCodes: codes[0], ituRegions: region ?? '' };
  }
  const named = codes.map((code) => ({ code, ...countries(code) })).sort((a, b) => byName.compare(a.name, b.name));
  return {
    countries: named.map((country) => country.name).join('; '),
    countryCodes: named.map((country) => country.code).join('; '),
    ituRegions: [...new Set(named.map((country) => country.region ?? ''))].filter(Boolean).sort().join('; '),
  };
}

/** One row per activity: by section, then business date, then country name. */
export function activityRows(placed: readonly PlacedActivity[], countries: CountryLookup): ActivityRow[] {
  const rows = placed.map(({ activity, section, sectionOrder, sentence }) => {
    const columns = countryColumns(activity.countries, countries);
    const row: ActivityRow = {
      section,
      eventId: activity.eventId,
      activity: ACTIVITY_LABELS[activity.type],
      date: activity.date,
      countries: columns.countries,
      countryCodes: columns.countryCodes,
      ituRegions: columns.ituRegions,
      details: detailsOf(activity),
      participants: participantsOf(activity) ?? null,
      plannedFor: activity.type === 'ActivityPlanned' ? activity.fields.plannedFor : null,
      note: activity.note ?? null,
      corrected: activity.corrected,
      recordedAt: activity.recordedAt,
      sentence,
    };
    return { row, sectionOrder };
  });
  const byCountries = orderByName(rows.map(({ row }) => row.countries));
  return rows
    .sort(
      (a, b) =>
        a.sectionOrder - b.sectionOrder ||
        compareCodes(a.row.date, b.row.date) ||
        byCountries(a.row.countries, b.row.countries) ||
        compareCodes(a.row.eventId, b.row.eventId),
    )
    .map(({ row }) => row);
}
