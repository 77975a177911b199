import { QuarterId } from '../../../src/country/domain/country.events';
import { SeededRandom } from './seeded-random';

export const PARTNERS = [
  'Ministry of Education',
  'National Police Academy',
  'University of the South',
  'National Child Helpline',
  'Scort Foundation',
  'UNICEF Country Office',
  'National Regulatory Authority',
  'Telecom Operators Association',
];

const LANGUAGES = ['French', 'Spanish', 'Arabic', 'Portuguese', 'Russian', 'Swahili', 'Maltese', 'Dhivehi', 'Bahasa Indonesia', 'Chichewa'];

const TITLES: Record<'training' | 'event' | 'plan' | 'regional', string[]> = {
  training: [
    'Training of Trainers for Educators',
    'Online safety workshop for police officers',
    'Webinar for parents on online risks',
    'Course for sports coaches on safeguarding',
    'Industry roundtable training on child safety by design',
  ],
  event: ['National COP Summit', 'Safer Internet Day campaign', 'Seminar on online grooming', 'National conference on child online protection'],
  plan: ['Training of Trainers for Educators', 'Validation workshop for the national framework', 'Child consultation workshop', 'Translation of the COP Guidelines'],
  regional: ['Regional COP Workshop', 'Regional Forum on Child Online Protection', 'Regional webinar for focal points', 'Regional conference on safer internet'],
};

const NOTES = [
  'Held with the national focal point and the ministry.',
  'Participants asked for a follow-up session next year.',
  'Materials were adapted to the national context.',
  '',
];

export const pickTitle = (random: SeededRandom, kind: keyof typeof TITLES) => random.pick(TITLES[kind]);

export const pickLanguage = (random: SeededRandom) => random.pick(LANGUAGES);

/** About one record in five carries an officer's note, as in real use. */
export function withNote<T extends object>(random: SeededRandom, data: T): T & { note?: string } {
  if (!random.chance(0.2)) return data;
  const note = random.pick(NOTES);
  return note ? { ...data, note } : data;
}

export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

export function laterQuarter(quarter: QuarterId, quarters: number): QuarterId {
  const index = Number(quarter.slice(0, 4)) * 4 + Number(quarter.slice(6)) - 1 + quarters;
  return `${Math.floor(index / 4)}-Q${(index % 4) + 1}`;
}
