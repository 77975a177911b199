import { CountryDirectory } from '../src/countries/country-directory';
import { eventsOf, headPosition } from './support/stored-events';
import { freshCountry, startTestApp, TestApp } from './support/test-app';

type Body = Record<string, unknown>;
type Case = { path: string; type: string; body: Body; stored: Body; badBody: Body; badFields: string[] };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const directory = new CountryDirectory();
const FUTURE = `${new Date().getUTCFullYear() + 1}-01-15`;

const CASES: Case[] = [
  {
    path: 'translate-guidelines',
    type: 'GuidelinesTranslated',
    body: { date: '2024-10-21', language: '  Maltese ', guidelines: 'Guidelines for Parents and Educators', presented: true },
    stored: { date: '2024-10-21', language: 'Maltese', guidelines: 'Guidelines for Parents and Educators', presented: true },
    badBody: { date: '2024-02-30', language: '   ', guidelines: 7, presented: 'yes', note: 12, extra: 1 },
    badFields: ['date', 'extra', 'guidelines', 'language', 'note', 'presented'],
  },
  {
    path: 'establish-child-taskforce',
    type: 'ChildTaskforceEstablished',
    body: { date: '2024-11-05', partner: 'University of Malta', note: 'Twelve children aged 12 to 17' },
    stored: { date: '2024-11-05', partner: 'University of Malta', note: 'Twelve children aged 12 to 17' },
    badBody: { date: '5 November 2024', partner: '', participants: 12 },
    badFields: ['date', 'participants', 'partner'],
  },
  {
    path: 'hold-child-consultation',
    type: 'ChildConsultationHeld',
    body: { date: '2024-11-20', partner: 'University of Malta', participants: 14 },
    stored: { date: '2024-11-20', partner: 'University of Malta', participants: 14 },
    badBody: { partner: 42, participants: 0 },
    badFields: ['date', 'participants', 'partner'],
  },
];

describe('child participation and guideline translation over HTTP', () => {
  let t: TestApp;
  beforeAll(async () => (t = await startTestApp()));
  afterAll(() => t.close());

  const post = (code: string, path: string, body: Body | string) =>
    t.http('officer-jane').post(`/api/countries/${code}/${path}`).type('json').send(body);

  describe.each(CASES)('POST /api/countries/:code/$path', (command) => {
    it('records the event and answers with where it landed', async () => {
      const country = freshCountry();
      const response = await post(country.toLowerCase(), command.path, command.body).expect(201);

      expect(response.body).toEqual({ eventId: expect.stringMatching(UUID), country, revision: 0, position: expect.any(Number) });
      expect(eventsOf(t, `country-${country}`)).toEqual([
        expect.objectContaining({
          eventId: response.body.eventId,
          type: command.type,
          revision: 0,
          position: response.body.position,
          data: { country, ...command.stored },
          metadata: expect.objectContaining({ actor: 'officer-jane' }),
        }),
      ]);
    });

    it('accepts an alpha-2 code and stores the event under alpha-3', async () => {
      const country = freshCountry();
      const alpha2 = directory.resolve(country).alpha2;
      expect(alpha2).toHaveLength(2);
      const response = await post(alpha2, command.path, command.body).expect(201);
      expect(response.body.country).toBe(country);
      expect(eventsOf(t, `country-${country}`).map((event) => event.type)).toEqual([command.type]);
    });

    it('answers 400 naming every bad field, writing nothing', async () => {
      const country = freshCountry();
      const response = await post(country, command.path, command.badBody).expect(400);
      const fields = response.body.errors.map((error: { field: string }) => error.field).sort();
      expect(fields).toEqual(command.badFields);
      expect(eventsOf(t, `country-${country}`)).toEqual([]);
    });

    it('answers 400 for malformed JSON, writing nothing', async () => {
      const country = freshCountry();
      const response = await post(country, command.path, '{"date": "2024-10-21",').expect(400);
      expect(response.body.errors).toEqual([{ field: 'body', messages: [expect.stringMatching(/JSON/)] }]);
      expect(eventsOf(t, `country-${country}`)).toEqual([]);
    });

    it('answers 404 naming an unknown country, writing nothing', async () => {
      const head = headPosition(t);
      const response = await post('QQ', command.path, command.body).expect(404);
      expect(response.body.message).toMatch(/Unknown country code "QQ"/);
      expect(headPosition(t)).toBe(head);
    });

    it('answers 409 for a date in the future, writing nothing', async () => {
      const country = freshCountry();
      const response = await post(country, command.path, { ...command.body, date: FUTURE }).expect(409);
      expect(response.body.message).toMatch(new RegExp(`${FUTURE} is in the future`));
      expect(eventsOf(t, `country-${country}`)).toEqual([]);
    });

    it('answers 409 for a date before the programme records begin, writing nothing', async () => {
      const country = freshCountry();
      const response = await post(country, command.path, { ...command.body, date: '2007-12-31' }).expect(409);
      expect(response.body.message).toMatch(/before 2008-01-01/);
      expect(eventsOf(t, `country-${country}`)).toEqual([]);
    });
  });

  it('accepts a language code as well as a name, and a translation that was not presented', async () => {
    const country = freshCountry();
    await post(country, 'translate-guidelines', { date: '2024-03-01', language: 'mt', presented: false }).expect(201);
    expect(eventsOf(t, `country-${country}`)[0].data).toEqual({ country, date: '2024-03-01', language: 'mt', presented: false });
  });

  it('rejects a language name longer than 100 characters', async () => {
    const country = freshCountry();
    const response = await post(country, 'translate-guidelines', { date: '2024-03-01', language: 'x'.repeat(101) }).expect(400);
    expect(response.body.errors.map((error: { field: string }) => error.field)).toEqual(['language']);
    expect(eventsOf(t, `country-${country}`)).toEqual([]);
  });

  it('logs a taskforce and then its consultation in order on one stream', async () => {
    const country = freshCountry();
    await post(country, 'establish-child-taskforce', { date: '2024-09-01' }).expect(201);
    const consultation = await post(country, 'hold-child-consultation', { date: '2024-11-20' }).expect(201);
    expect(consultation.body.revision).toBe(1);
    expect(eventsOf(t, `country-${country}`).map((event) => event.type)).toEqual([
      'ChildTaskforceEstablished',
      'ChildConsultationHeld',
    ]);
  });
});
