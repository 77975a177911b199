import { instantLabel, lastDayOf, periodPhrase, previousQuarter, quarterContaining, quarterLabel } from './quarter';
import {
  asSentence,
  byName,
  collationRanks,
  counted,
  isPlural,
  isTitleCase,
  joinNaturally,
  languageName,
  lowerFirst,
  orderByName,
  organisationName,
  withIndefiniteArticle,
} from './report-wording';

const sign = (value: number) => Math.sign(value);

/** Names a collator is easily wrong about: accents, case, punctuation, spaces, prefixes, equal at base strength. */
const TRICKY_NAMES = [
  'Côte d’Ivoire', 'Cote d’Ivoire', 'COTE D’IVOIRE', 'Comoros', 'Congo', 'Congo (Democratic Republic of the)', 'Türkiye',
  'Turkmenistan', 'Tuvalu', 'Niger', 'Nigeria', 'Niger Chad', 'Saint Lucia', 'Saint-Martin', 'São Tomé and Príncipe',
  'Sao Tome and Principe', 'Åland Islands', 'Aland', 'Zambia', 'zambia', 'Korea (Republic of)', "Lao People's Democratic Republic",
  'Timor-Leste', 'Timor Leste', '', 'Malta', 'Malta Kenya', 'MALTA',
];

describe('report wording', () => {
  it('joins names as a person would write them', () => {
    expect(joinNaturally([])).toBe('');
    expect(joinNaturally(['Malta'])).toBe('Malta');
    expect(joinNaturally(['the Bahamas', 'Suriname'])).toBe('the Bahamas and Suriname');
    expect(joinNaturally(['Indonesia', 'Lebanon', 'Malawi'])).toBe('Indonesia, Lebanon and Malawi');
  });

  it('tells names from descriptions', () => {
    expect(isTitleCase('Training of Trainers for Educators')).toBe(true);
    expect(isTitleCase('National COP Summit')).toBe(true);
    expect(isTitleCase('Capacity building of the national police force')).toBe(false);
    expect(lowerFirst('Capacity building')).toBe('capacity building');
    expect(lowerFirst('ITU workshop')).toBe('ITU workshop');
  });

  it('chooses articles and number', () => {
    expect(withIndefiniteArticle('National COP Summit')).toBe('a National COP Summit');
    expect(withIndefiniteArticle('awareness campaign')).toBe('an awareness campaign');
    expect(withIndefiniteArticle('university seminar')).toBe('a university seminar');
    expect(withIndefiniteArticle('consultation workshops')).toBe('consultation workshops');
    expect(isPlural('Consultation workshops with the newly established child taskforce')).toBe(true);
    expect(isPlural('Training of Trainers for Educators')).toBe(false);
    expect(isPlural('Awareness campaign on online safety')).toBe(false);
  });

  it('gives institutions their article, acronyms none', () => {
    expect(organisationName('Western Sydney University')).toBe('the Western Sydney University');
    expect(organisationName('Scort Foundation')).toBe('the Scort Foundation');
    expect(organisationName('UNICEF')).toBe('UNICEF');
    expect(organisationName('the Ministry of Education')).toBe('the Ministry of Education');
  });

  it('ranks names so that comparing ranks orders exactly as the collator does, equal names sharing a rank', () => {
    const ranks = collationRanks(TRICKY_NAMES);
    for (const a of TRICKY_NAMES) {
      for (const b of TRICKY_NAMES) expect([a, b, sign(ranks.get(a)! - ranks.get(b)!)]).toEqual([a, b, sign(byName.compare(a, b))]);
    }
    expect(ranks.get('Zambia')).toBe(ranks.get('zambia'));
  });

  it('orders names by their ranks, and names it was not given through the collator', () => {
    const order = orderByName(TRICKY_NAMES.slice(0, 10));
    const sortedByCollator = [...TRICKY_NAMES].sort(byName.compare);
    expect([...TRICKY_NAMES].sort(order)).toEqual(sortedByCollator);
  });

  it('writes counts with thousands separators, as toLocaleString does in British English', () => {
    expect(counted(1, 'participant')).toBe('1 participant');
    expect(counted(12_345, 'participant')).toBe(`${(12_345).toLocaleString('en-GB')} participants`);
    expect(counted(1_234_567, 'country', 'countries')).toBe('1,234,567 countries');
  });

  it('turns notes into sentences and language codes into names', () => {
    expect(asSentence('  stakeholders   met ')).toBe('Stakeholders met.');
    expect(asSentence('Held twice!')).toBe('Held twice!');
    expect(languageName('mt')).toBe('Maltese');
    expect(languageName('Maltese')).toBe('Maltese');
  });
});

describe('quarters', () => {
  it('reads quarters and their periods', () => {
    expect(quarterLabel('2025-Q1')).toBe('Q1 2025');
    expect(periodPhrase('2024-Q4')).toBe('between October and December 2024');
    expect(lastDayOf('2024-Q1')).toBe('2024-03-31');
    expect(lastDayOf('2024-Q4')).toBe('2024-12-31');
    expect(previousQuarter('2025-Q1')).toBe('2024-Q4');
    expect(quarterContaining(new Date('2025-04-01T00:00:00Z'))).toBe('2025-Q2');
    expect(instantLabel('2025-01-05T10:00:00.000Z')).toBe('5 January 2025, 10:00:00 UTC');
  });
});
