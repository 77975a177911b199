import { CountryEvent } from '../src/country/domain/country.events';
import { foldCountry, latestStageMilestone } from '../src/country/domain/country.state';
import { DEMO_ACTIVITIES } from '../src/demo/demo-activities';
import { DEMO_ACTOR } from '../src/demo/demo-commands';
import { Recorded } from '../src/event-store/event-envelope';
import { EVENT_STORE, EventStore } from '../src/event-store/event-store.port';
import { RecordedTrackerEvent } from '../src/tracker-events';
import { startTestApp, TestApp } from './support/test-app';

const storeOf = (t: TestApp) => t.app.get<EventStore>(EVENT_STORE);
const allEvents = async (t: TestApp) =>
  (await storeOf(t).readAll({ fromPosition: 0, maxCount: 10_000 })) as RecordedTrackerEvent[];

const countryOf = (event: RecordedTrackerEvent) => ('country' in event.data ? event.data.country : 'regional');
const inQuarter2024Q4 = (event: RecordedTrackerEvent) =>
  'date' in event.data && event.data.date >= '2024-10-01' && event.data.date <= '2024-12-31';

describe('demo data', () => {
  let t: TestApp;
  let events: RecordedTrackerEvent[];
  beforeAll(async () => {
    t = await startTestApp({ seedDemo: true });
    events = await allEvents(t);
  });
  afterAll(() => t.close());

  it('loads one event per demo activity, recorded by the demo seed', () => {
    expect(events).toHaveLength(DEMO_ACTIVITIES.length);
    expect(new Set(events.map((event) => event.metadata.actor))).toEqual(new Set([DEMO_ACTOR]));
    expect(new Set(events.map((event) => event.metadata.commandId)).size).toBe(events.length);
  });

  it('records each activity some time after it happened, in logging order', () => {
    const recordedAt = events.map((event) => event.metadata.recordedAt);
    expect(recordedAt).toEqual([...recordedAt].sort());
    const loggedBeforeHappening = events.filter(
      (event) => 'date' in event.data && event.metadata.recordedAt.slice(0, 10) < event.data.date,
    );
    expect(loggedBeforeHappening).toEqual([]);
  });

  it('holds the activities of the Q4 2024 status report', () => {
    const q4 = events.filter(inQuarter2024Q4).map((event) => `${event.type} ${countryOf(event)}`);
    expect(q4.sort()).toEqual(
      [
        'GuidelinesTranslated MLT',
        'TrainingHeld MLT',
        'TrainingHeld MDV',
        'FrameworkDrafted BHS',
        'FrameworkDrafted SUR',
        'AssistanceInitiated AND',
        'AssistanceInitiated SWZ',
        'ChildConsultationHeld IDN',
        'ChildConsultationHeld LBN',
        'ChildConsultationHeld MWI',
        'ChildTaskforceEstablished ECU',
        'ActivityPlanned ECU',
        'TrainingHeld ECU',
      ].sort(),
    );
  });

  it('translates the guidelines into Maltese and presents them at the national event', () => {
    const translation = events.find((event) => event.type === 'GuidelinesTranslated' && event.data.country === 'MLT');
    expect(translation?.data).toMatchObject({ language: 'Maltese', presented: true, date: '2024-11-19' });
    expect((translation?.data as { note?: string } | undefined)?.note).toMatch(/^In Malta a national event was held/);
  });

  it('plans the Ecuador consultations for Q1 2025 during Q4 2024', () => {
    const plan = events.find((event) => event.type === 'ActivityPlanned' && event.data.country === 'ECU');
    expect(plan?.data).toMatchObject({ country: 'ECU', plannedFor: '2025-Q1', kind: 'child-consultation' });
    expect(plan?.metadata.recordedAt.slice(0, 7)).toBe('2024-12');
  });

  it('logs the Ecuador coaches webinar with the Scort Foundation', () => {
    const webinar = events.find((event) => event.type === 'TrainingHeld' && event.data.country === 'ECU');
    expect(webinar?.data).toMatchObject({ audience: 'coaches', format: 'webinar', partners: ['Scort Foundation'] });
  });

  it('logs an African regional workshop once, with 21 countries', () => {
    const regional = events.filter((event) => event.type === 'RegionalActivityHeld');
    expect(regional).toHaveLength(1);
    expect(regional[0].data).toMatchObject({ kind: 'workshop', participants: 200 });
    expect('countries' in regional[0].data && regional[0].data.countries).toHaveLength(21);
  });

  it('gives the map countries at every stage', () => {
    const stageOf = (country: string) =>
      latestStageMilestone(
        foldCountry(events.filter((event) => countryOf(event) === country) as Recorded<CountryEvent>[]),
      )?.type;
    expect(['SLE', 'GMB'].map(stageOf)).toEqual(['AssistanceCompleted', 'AssistanceCompleted']);
    expect(['ZMB', 'BDI'].map(stageOf)).toEqual(['FrameworkAdopted', 'FrameworkAdopted']);
    expect(['BHS', 'SUR', 'MDV'].map(stageOf)).toEqual(['FrameworkDrafted', 'FrameworkDrafted', 'FrameworkDrafted']);
    expect(['AND', 'SWZ', 'MLT'].map(stageOf)).toEqual([
      'AssistanceInitiated',
      'AssistanceInitiated',
      'AssistanceInitiated',
    ]);
  });

  it('does not seed again when the app restarts on the same store', async () => {
    const restarted = await t.restart();
    try {
      expect((await allEvents(restarted)).map((event) => event.eventId)).toEqual(events.map((event) => event.eventId));
    } finally {
      await restarted.close();
    }
  });
});

describe('demo data switched off', () => {
  it('leaves the store empty when seedDemo is false', async () => {
    const t = await startTestApp({ seedDemo: false });
    try {
      expect(await storeOf(t).headPosition()).toBe(0);
    } finally {
      await t.close();
    }
  });
});
