import type { QuarterlyActivity } from '../../projections/quarterly-activities.projection';
import { ITU_REGION_NAMES, ITU_REGIONS, ItuRegion } from '../countries/itu-region';
import { participantsOf } from './activity-sentences';
import { sharedRegion } from './regional-sentence';
import type { CountryLookup, RegionSummary, RegionSummaryRow } from './report.model';

type RowKey = ItuRegion | 'OTHER' | 'ACROSS';

const EXTRA_ROWS: Record<'OTHER' | 'ACROSS', string> = {
  OTHER: 'Outside the ITU regions',
  ACROSS: 'Across regions',
};

/** Regional activities of these kinds train people. */
const TRAINING_KINDS = new Set(['training', 'workshop', 'webinar']);

type Tally = { countries: Set<string>; trainings: number; peopleTrained: number };

function trainingRegionOf(activity: QuarterlyActivity, countries: CountryLookup): RowKey | null {
  if (activity.type === 'TrainingHeld') return countries(activity.fields.country).region ?? 'OTHER';
  if (activity.type !== 'RegionalActivityHeld' || !TRAINING_KINDS.has(activity.fields.kind)) return null;
  const host = activity.fields.host ? countries(activity.fields.host).region : null;
  return host ?? sharedRegion(activity.countries, countries) ?? 'ACROSS';
}

/** Countries engaged, trainings and people trained per ITU region; plans are not engagement yet. */
export function summariseByRegion(activities: readonly QuarterlyActivity[], countries: CountryLookup): RegionSummary {
  const tallies = new Map<RowKey, Tally>();
  const tally = (key: RowKey) => {
    if (!tallies.has(key)) tallies.set(key, { countries: new Set(), trainings: 0, peopleTrained: 0 });
    return tallies.get(key)!;
  };
  ITU_REGIONS.forEach(tally);
  for (const activity of activities) {
    if (activity.type === 'ActivityPlanned') continue;
    for (const code of activity.countries) tally(countries(code).region ?? 'OTHER').countries.add(code);
    const trainingRegion = trainingRegionOf(activity, countries);
    if (trainingRegion) {
      tally(trainingRegion).trainings += 1;
      tally(trainingRegion).peopleTrained += participantsOf(activity) ?? 0;
    }
  }
  const order: RowKey[] = [...ITU_REGIONS, 'OTHER', 'ACROSS'];
  const rows = order
    .filter((key) => tallies.has(key))
    .map((key): RegionSummaryRow => {
      const { countries: engaged, trainings, peopleTrained } = tallies.get(key)!;
      const region = key === 'OTHER' || key === 'ACROSS' ? EXTRA_ROWS[key] : ITU_REGION_NAMES[key];
      return { region, countriesEngaged: engaged.size, trainings, peopleTrained };
    });
  const everyCountry = new Set([...tallies.values()].flatMap((entry) => [...entry.countries]));
  return {
    title: 'Summary by ITU region',
    columns: ['ITU region', 'Countries engaged', 'Trainings', 'People trained'],
    rows,
    total: {
      region: 'Total',
      countriesEngaged: everyCountry.size,
      trainings: rows.reduce((sum, row) => sum + row.trainings, 0),
      peopleTrained: rows.reduce((sum, row) => sum + row.peopleTrained, 0),
    },
    note:
      'Countries engaged: countries with at least one activity in the quarter, plans aside. ' +
      'Trainings include regional workshops, training and webinars, counted in the host’s region.',
  };
}
