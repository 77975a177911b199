import ituRegions from '../../../src/countries/data/itu-regions.json';
import { quarterOf } from '../../../src/country/domain/business-rules';
import {
  CountryEvent,
  EVENT_KINDS,
  EVENT_ROLES,
  Milestone,
  PLANNED_ACTIVITY_KINDS,
  TRAINING_AUDIENCES,
  TRAINING_FORMATS,
} from '../../../src/country/domain/country.events';
import { NewEvent } from '../../../src/event-store/event-envelope';
import { REGIONAL_ACTIVITY_KINDS, regionalActivityStream } from '../../../src/regional-activity/regional-activity.events';
import { SCHEMA_VERSION, TrackerEvent } from '../../../src/tracker-events';
import { SeededRandom } from './seeded-random';
import { addDays, laterQuarter, PARTNERS, pickLanguage, pickTitle, withNote } from './tracker-dataset.vocabulary';

export type GeneratedEvent = { streamName: string; revision: number; event: NewEvent<TrackerEvent> };

export type DatasetOptions = { events: number; seed: number };

const FIRST_DAY = Date.parse('2010-01-01T00:00:00Z');
const LAST_DAY = Date.parse('2024-12-31T00:00:00Z');
const OFFICERS = ['a.mensah', 'b.rossi', 'c.nguyen', 'd.haddad', 'e.petrova', 'f.silva', 'g.tanaka', 'h.okafor'];
/** The 193 United Nations Member States: every ITU Member State except the Holy See. */
export const UN_MEMBER_STATES = Object.keys(ituRegions.countries).filter((code) => code !== 'VAT');

type Kind = Milestone['type'] | 'MilestoneCorrected' | 'MilestoneRetracted' | 'RegionalActivityHeld' | 'Stage';
const MIX: [Kind, number][] = [
  ['TrainingHeld', 34],
  ['EventHeld', 18],
  ['ActivityPlanned', 12],
  ['GuidelinesTranslated', 8],
  ['ChildConsultationHeld', 8],
  ['MilestoneCorrected', 6],
  ['ChildTaskforceEstablished', 2],
  ['MilestoneRetracted', 2],
  ['RegionalActivityHeld', 2],
  ['Stage', 2],
];
const STAGES = ['AssistanceInitiated', 'FrameworkDrafted', 'FrameworkAdopted', 'AssistanceCompleted'] as const;
const RECENT_MILESTONES = 30;

type Recent = { eventId: string; type: Milestone['type']; data: Milestone['data'] };
type CountryCursor = { revision: number; stage: number; lastStageDate: string; recent: Recent[] };

/**
 * A realistic log: activity grows over 2010–2024, busy countries log more, milestones are dated a few
 * weeks before they are recorded, and corrections and retractions point at earlier milestones.
 */
export function* generateTrackerEvents({ events, seed }: DatasetOptions): Generator<GeneratedEvent> {
  const random = new SeededRandom(seed);
  const weights = UN_MEMBER_STATES.map((code) => [code, 1 + random.int(0, 8)] as const);
  const cursors = new Map<string, CountryCursor>(UN_MEMBER_STATES.map((code) => [code, { revision: -1, stage: 0, lastStageDate: '2010-01-01', recent: [] }]));
  for (let index = 0; index < events; index++) {
    const growth = (-1 + Math.sqrt(1 + (8 * index) / events)) / 2;
    const recordedAt = new Date(FIRST_DAY + growth * (LAST_DAY - FIRST_DAY) + random.int(0, 86_399_999)).toISOString();
    const date = [addDays(recordedAt.slice(0, 10), -random.int(0, 45)), '2010-01-01'].sort().at(-1)!;
    const metadata = {
      actor: random.pick(OFFICERS),
      commandId: random.uuid(),
      recordedAt,
      ...{ correlationId: '', causationId: '' },
    };
    metadata.correlationId = metadata.causationId = metadata.commandId;
    const envelope = { eventId: random.uuidV7(Date.parse(recordedAt)), schemaVersion: SCHEMA_VERSION, metadata };
    const kind = random.weighted(MIX);
    if (kind === 'RegionalActivityHeld') {
      const activityId = envelope.eventId;
      const countries = random.sample(UN_MEMBER_STATES, random.int(3, 25));
      const data = withNote(random, {
        activityId,
        countries,
        date,
        kind: random.pick(REGIONAL_ACTIVITY_KINDS),
        title: pickTitle(random, 'regional'),
        host: countries[0],
        participants: random.int(20, 250),
      });
      yield { streamName: regionalActivityStream(activityId), revision: 0, event: { ...envelope, type: kind, data } };
      continue;
    }
    const country = random.weighted(weights);
    const cursor = cursors.get(country)!;
    const event = countryEvent(random, kind, country, date, cursor);
    cursor.revision += 1;
    if (isCorrectable(event)) {
      cursor.recent.push({ eventId: envelope.eventId, type: event.type, data: event.data });
      if (cursor.recent.length > RECENT_MILESTONES) cursor.recent.shift();
    }
    yield { streamName: `country-${country}`, revision: cursor.revision, event: { ...envelope, ...event } as NewEvent<TrackerEvent> };
  }
}

const isCorrectable = (event: CountryEvent): event is Milestone =>
  event.type !== 'MilestoneCorrected' && event.type !== 'MilestoneRetracted' && !STAGES.some((stage) => stage === event.type);

function countryEvent(random: SeededRandom, kind: Kind, country: string, date: string, cursor: CountryCursor): CountryEvent {
  const noted = <T extends object>(data: T) => withNote(random, { country, ...data });
  if ((kind === 'MilestoneCorrected' || kind === 'MilestoneRetracted') && cursor.recent.length === 0) kind = 'TrainingHeld';
  switch (kind) {
    case 'TrainingHeld':
      return {
        type: kind,
        data: noted({
          date,
          title: pickTitle(random, 'training'),
          audience: random.pick(TRAINING_AUDIENCES),
          format: random.pick(TRAINING_FORMATS),
          participants: random.int(8, 400),
          ...(random.chance(0.4) && { partners: random.sample(PARTNERS, random.int(1, 3)) }),
        }),
      };
    case 'EventHeld':
      return { type: kind, data: noted({ date, title: pickTitle(random, 'event'), kind: random.pick(EVENT_KINDS), role: random.pick(EVENT_ROLES) }) };
    case 'ActivityPlanned':
      return {
        type: kind,
        data: noted({ date, plannedFor: laterQuarter(quarterOf(date), random.int(1, 4)), kind: random.pick(PLANNED_ACTIVITY_KINDS), title: pickTitle(random, 'plan') }),
      };
    case 'GuidelinesTranslated':
      return { type: kind, data: noted({ date, language: pickLanguage(random), guidelines: 'COP Guidelines for Parents and Educators', presented: random.chance(0.3) }) };
    case 'ChildConsultationHeld':
      return { type: kind, data: noted({ date, partner: random.pick(PARTNERS), participants: random.int(10, 80) }) };
    case 'ChildTaskforceEstablished':
      return { type: kind, data: noted({ date, partner: random.pick(PARTNERS) }) };
    case 'MilestoneCorrected': {
      const target = random.pick(cursor.recent);
      const changes = random.chance(0.5) ? { date: [addDays(target.data.date, -random.int(1, 10)), '2010-01-01'].sort().at(-1)! } : { note: 'Figures confirmed by the national focal point' };
      const previous = target.data;
      target.data = { ...target.data, ...changes } as Milestone['data'];
      return { type: kind, data: { country, eventId: target.eventId, milestoneType: target.type, previous, changes, reason: 'Corrected after the mission report' } };
    }
    case 'MilestoneRetracted': {
      const target = cursor.recent.splice(random.int(0, cursor.recent.length - 1), 1)[0];
      return { type: kind, data: { country, eventId: target.eventId, milestoneType: target.type, previous: target.data, reason: 'Logged for the wrong country' } };
    }
    case 'Stage':
    case 'AssistanceInitiated':
    case 'FrameworkDrafted':
    case 'FrameworkAdopted':
    case 'AssistanceCompleted': {
      const type = STAGES[cursor.stage % STAGES.length];
      cursor.stage += 1;
      cursor.lastStageDate = [cursor.lastStageDate, date].sort().at(-1)!;
      const stageDate = cursor.lastStageDate;
      if (type === 'AssistanceCompleted') return { type, data: noted({ date: stageDate, outcome: 'National framework in force and institutions trained' }) };
      return { type, data: noted({ date: stageDate }) };
    }
    case 'RegionalActivityHeld':
      throw new Error('Regional activities have no country stream');
    default: {
      const unknownKind: never = kind;
      return unknownKind;
    }
  }
}
