import type { QuarterlyActivity } from '../../projections/quarterly-activities.projection';
import type { ItuRegion } from '../countries/itu-region';
import type { CountryLookup } from './report.model';
import {
  byName,
  capitalise,
  counted,
  isTitleCase,
  joinNaturally,
  titleInSentence,
  withDefiniteArticle,
  withIndefiniteArticle,
  withoutFinalStop,
} from './report-wording';

type RegionalActivity = Extract<QuarterlyActivity, { type: 'RegionalActivityHeld' }>;

const REGION_IN_SENTENCE: Record<ItuRegion, string> = {
  AFR: 'Africa',
  AMS: 'the Americas',
  ARB: 'the Arab States',
  ASP: 'Asia and the Pacific',
  CIS: 'the CIS region',
  EUR: 'Europe',
};

/** Up to this many participating countries are named; beyond it only their number is given. */
const NAMED_COUNTRIES_LIMIT = 5;

/** The region all participating countries share, if they share one. */
export function sharedRegion(codes: readonly string[], countries: CountryLookup): ItuRegion | null {
  const regions = new Set(codes.map((code) => countries(code).region));
  const [only] = [...regions];
  return regions.size === 1 ? only : null;
}

/**
 * "The Regional COP Workshop for Africa, hosted by Kenya, brought together 200 participants from
 * 21 countries in Africa."
 */
export function describeRegionalActivity(activity: RegionalActivity, countries: CountryLookup): string {
  const { title, host, participants } = activity.fields;
  const name = withoutFinalStop(title);
  const subject = capitalise(isTitleCase(name) ? withDefiniteArticle(name) : withIndefiniteArticle(titleInSentence(name)));
  const hosted = host ? `, hosted by ${countries(host).nameInSentence},` : '';
  const who = participants === undefined ? 'participants' : counted(participants, 'participant');
  const codes = activity.countries;
  const region = sharedRegion(codes, countries);
  const where = region ? ` in ${REGION_IN_SENTENCE[region]}` : '';
  const participating = codes.map((code) => countries(code)).sort((a, b) => byName.compare(a.name, b.name));
  const named =
    codes.length <= NAMED_COUNTRIES_LIMIT ? ` (${joinNaturally(participating.map((country) => country.nameInSentence))})` : '';
  return `${subject}${hosted} brought together ${who} from ${counted(codes.length, 'country', 'countries')}${where}${named}.`;
}
