import { CountryDirectory } from '../../src/countries/country-directory';
import { Recorded } from '../../src/event-store/event-envelope';
import { EVENT_STORE, EventStore } from '../../src/event-store/event-store.port';
import { TestApp } from './test-app';

export type Body = Record<string, unknown>;
/** A command as sent over HTTP, with the commands that must come first for it to be accepted. */
export type StageCommand = { path: string; type: string; body: Body; prepare: [string, Body][] };

const year = new Date().getUTCFullYear();
export const NEXT_YEAR_DATE = `${year + 1}-06-15`;
export const NEXT_YEAR_QUARTER = `${year + 1}-Q1`;
export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
export const today = () => new Date().toISOString().slice(0, 10);

export const STAGE_COMMANDS: StageCommand[] = [
  {
    path: 'initiate-assistance',
    type: 'AssistanceInitiated',
    body: { date: '2024-10-15', summary: 'National COP framework', note: 'In Andorra, ITU initiated the technical assistance.' },
    prepare: [],
  },
  {
    path: 'draft-framework',
    type: 'FrameworkDrafted',
    body: { date: '2024-11-20', title: 'Draft National COP Framework', note: 'Delivered to the ministry.' },
    prepare: [],
  },
  {
    path: 'adopt-framework',
    type: 'FrameworkAdopted',
    body: { date: '2024-11-28', instrument: 'Council of Ministers decision' },
    prepare: [['draft-framework', { date: '2024-05-10' }]],
  },
  {
    path: 'complete-assistance',
    type: 'AssistanceCompleted',
    body: { date: '2024-11-30', outcome: 'Framework adopted and 120 educators trained' },
    prepare: [['initiate-assistance', { date: '2023-02-01' }]],
  },
  {
    path: 'hold-event',
    type: 'EventHeld',
    body: { date: '2024-10-08', title: 'National COP Summit', kind: 'summit', role: 'contributed' },
    prepare: [],
  },
  {
    path: 'plan-activity',
    type: 'ActivityPlanned',
    body: { plannedFor: NEXT_YEAR_QUARTER, kind: 'training', title: 'Training of Trainers for Educators' },
    prepare: [],
  },
];

export const stageCommand = (path: string) => STAGE_COMMANDS.find((command) => command.path === path)!;

/** Posts commands as an officer would and reads back what the store holds. */
export function stageCommandClient(app: () => TestApp) {
  const directory = new CountryDirectory();
  const memberStates = directory.memberStates().map((country) => country.code);
  let cursor = 0;
  const store = () => app().app.get<symbol, EventStore>(EVENT_STORE);

  const client = {
    directory,
    store,
    /** A country no earlier test against this app has written to. */
    untouchedCountry: (): string => {
      if (cursor >= memberStates.length) throw new Error('Ran out of untouched countries');
      return memberStates[cursor++];
    },
    post: (code: string, path: string, body: Body | string, headers: Record<string, string> = {}) =>
      app().http('officer-jane').post(`/api/countries/${code}/${path}`).set(headers).type('json').send(body),
    streamOf: (country: string): Promise<Recorded[]> => store().readStream(`country-${country}`),
    async prepared(command: StageCommand): Promise<string> {
      const country = client.untouchedCountry();
      for (const [path, body] of command.prepare) await client.post(country, path, body).expect(201);
      return country;
    },
    /** Nothing beyond the preparation is stored, and the next command lands right after it. */
    async expectNothingWrittenAfter(country: string, command: StageCommand): Promise<void> {
      expect(await client.streamOf(country)).toHaveLength(command.prepare.length);
      const next = await client.post(country, 'hold-event', stageCommand('hold-event').body).expect(201);
      expect(next.body.revision).toBe(command.prepare.length);
    },
  };
  return client;
}
