import { freshCountry, startTestApp, TestApp } from './support/test-app';

type Body = Record<string, unknown>;
type TimelineEntry = { eventId: string; type: string; date: string; summary: string; recordedBy: string; corrected?: Body[]; retracted?: Body };

const TRAINING = { date: '2024-11-12', title: 'Training of Trainers for Educators', audience: 'educators', participants: 25 };

describe('country queries', () => {
  let t: TestApp;
  beforeAll(async () => (t = await startTestApp()));
  afterAll(() => t.close());

  const post = (path: string, body: Body, { 'X-Actor': actor = 'officer-amina', ...headers }: Record<string, string> = {}) =>
    t.http(actor).post(`/api/${path}`).set(headers).send(body);
  const logged = async (country: string, command: string, body: Body) =>
    (await post(`countries/${country}/${command}`, body).expect(201)).body.eventId as string;
  const status = (country: string) => t.http().get(`/api/countries/${country}`).expect(200);
  const timeline = async (country: string) =>
    (await t.http().get(`/api/countries/${country}/timeline`).expect(200)).body.entries as TimelineEntry[];
  const listed = async (query = '') => (await t.http().get(`/api/countries${query}`).expect(200)).body as Body[];

  describe('GET /api/countries/:code', () => {
    it('sees a change right after the 201 that recorded it', async () => {
      const country = freshCountry();
      await logged(country, 'hold-training', TRAINING);
      const response = await status(country);
      expect(response.body).toMatchObject({
        code: country,
        stage: 'not-engaged',
        revision: 0,
        counts: { trainings: 1, peopleTrained: 25, translationsByLanguage: {}, childConsultations: 0, regionalActivities: 0 },
        openPlans: [],
        lastActivityDate: '2024-11-12',
      });
      expect(response.headers.etag).toBe('"0"');
    });

    it('answers for a country with no events yet, at revision -1', async () => {
      const response = await t.http().get('/api/countries/mt').expect(200);
      expect(response.body).toMatchObject({ code: 'MLT', alpha2: 'MT', name: 'Malta', region: 'EUR', regionName: 'Europe', stage: 'not-engaged', revision: -1, lastActivityDate: null });
      expect(response.headers.etag).toBe('"-1"');
    });

    it('says which code it does not know', async () => {
      const response = await t.http().get('/api/countries/XYZ').expect(404);
      expect(response.body.message).toMatch(/XYZ/);
      await t.http().get('/api/countries/XYZ/timeline').expect(404);
    });

    it('hands out the revision as an ETag that works as If-Match exactly once', async () => {
      const country = freshCountry();
      await logged(country, 'initiate-assistance', { date: '2024-03-01' });
      const etag = (await status(country)).headers.etag;
      await post(`countries/${country}/draft-framework`, { date: '2024-06-01' }, { 'If-Match': etag }).expect(201);
      const after = await status(country);
      expect(after.headers.etag).toBe('"1"');
      expect(after.body).toMatchObject({ stage: 'framework-drafted', revision: 1 });

      await post(`countries/${country}/hold-training`, TRAINING, { 'If-Match': etag }).expect(412);
      expect((await status(country)).body.counts.trainings).toBe(0);
    });

    it('answers 304 to a client whose copy is current', async () => {
      const country = freshCountry();
      await logged(country, 'hold-training', TRAINING);
      await t.http().get(`/api/countries/${country}`).set('If-None-Match', '"0"').expect(304);
      await t.http().get(`/api/countries/${country}`).set('If-None-Match', '"-1"').expect(200);
    });

    it('lists open plans until an activity of their kind happens', async () => {
      const country = freshCountry();
      const plannedFor = `${new Date().getUTCFullYear() + 1}-Q1`;
      const planId = await logged(country, 'plan-activity', { plannedFor, kind: 'training', title: 'Training for police' });
      const { openPlans } = (await status(country)).body;
      expect(openPlans).toEqual([{ eventId: planId, date: expect.any(String), plannedFor, kind: 'training', title: 'Training for police' }]);

      await logged(country, 'hold-training', { ...TRAINING, date: openPlans[0].date, audience: 'police' });
      expect((await status(country)).body.openPlans).toEqual([]);
    });
  });

  describe('GET /api/countries/:code/timeline', () => {
    it('lists milestones by business date, same-day ones in the order they were logged', async () => {
      const country = freshCountry();
      const late = await logged(country, 'hold-training', { ...TRAINING, date: '2024-11-20' });
      const early = await logged(country, 'initiate-assistance', { date: '2024-02-01' });
      const sameDay = await logged(country, 'translate-guidelines', { date: '2024-11-20', language: 'fr' });
      const entries = await timeline(country);
      expect(entries.map((entry) => entry.eventId)).toEqual([early, late, sameDay]);
      expect(entries[2]).toMatchObject({
        type: 'GuidelinesTranslated',
        date: '2024-11-20',
        summary: 'COP Guidelines translated into French',
        recordedBy: 'officer-amina',
        recordedAt: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/),
      });
    });

    it('shows a correction with its reason and moves the entry to its corrected date', async () => {
      const country = freshCountry();
      const training = await logged(country, 'hold-training', TRAINING);
      const other = await logged(country, 'hold-training', { ...TRAINING, date: '2024-11-15' });
      await post(`countries/${country}/correct-milestone`, { eventId: training, changes: { date: '2024-11-20', participants: 30 }, reason: 'Attendance sheet arrived' }, { 'X-Actor': 'officer-jonas' }).expect(201);

      const entries = await timeline(country);
      expect(entries.map((entry) => entry.eventId)).toEqual([other, training]);
      expect(entries[1]).toMatchObject({
        summary: 'Training of Trainers for Educators held for educators (30 participants)',
        recordedBy: 'officer-amina',
        corrected: [{ reason: 'Attendance sheet arrived', correctedBy: 'officer-jonas', changes: { date: '2024-11-20', participants: 30 } }],
      });
      expect((await status(country)).body).toMatchObject({ revision: 2, counts: { trainings: 2, peopleTrained: 55 } });
    });

    it('keeps a retracted milestone visible as retracted, and the stage falls back', async () => {
      const country = freshCountry();
      await logged(country, 'initiate-assistance', { date: '2024-03-01' });
      const draft = await logged(country, 'draft-framework', { date: '2024-06-01' });
      await post(`countries/${country}/retract-milestone`, { eventId: draft, reason: 'Draft was never delivered' }).expect(201);

      const entry = (await timeline(country)).find((candidate) => candidate.eventId === draft);
      expect(entry?.retracted).toMatchObject({ reason: 'Draft was never delivered', retractedBy: 'officer-amina' });
      expect((await status(country)).body).toMatchObject({ stage: 'assistance-initiated', revision: 2 });
    });

    it('shows a regional activity in every participating country without moving their ETags', async () => {
      const [first, second] = [freshCountry(), freshCountry()];
      await logged(first, 'hold-training', TRAINING);
      const response = await post('regional-activities', { countries: [first, second], date: '2024-10-02', kind: 'workshop', title: 'Regional COP workshop', participants: 200 }).expect(201);

      for (const country of [first, second]) {
        expect((await timeline(country)).map((entry) => entry.summary)).toContain('Regional workshop: Regional COP workshop, with 2 countries and 200 participants');
        expect((await status(country)).body.counts.regionalActivities).toBe(1);
      }
      expect(response.body.eventId).toEqual(expect.any(String));
      expect((await status(first)).headers.etag).toBe('"0"');
      expect((await status(second)).headers.etag).toBe('"-1"');
    });
  });

  describe('GET /api/countries', () => {
    it('lists every member state with its region and stage, engaged or not', async () => {
      const countries = await listed();
      expect(countries).toContainEqual({ code: 'MLT', alpha2: 'MT', name: 'Malta', region: 'EUR', regionName: 'Europe', stage: 'not-engaged', lastActivityDate: null });
      expect(countries.length).toBeGreaterThanOrEqual(10);
    });

    it('filters by stage and region', async () => {
      const country = freshCountry();
      await logged(country, 'initiate-assistance', { date: '2024-03-01' });
      const codes = async (query: string) => (await listed(query)).map((entry) => entry.code);

      expect(await codes('?stage=assistance-initiated')).toContain(country);
      expect(await codes('?stage=framework-drafted')).not.toContain(country);
      const european = await listed('?region=eur');
      expect(european.map((entry) => entry.code)).toContain('MLT');
      expect(european.every((entry) => entry.region === 'EUR')).toBe(true);
      const { region } = (await status(country)).body;
      if (region) expect(await codes(`?region=${region}&stage=assistance-initiated`)).toContain(country);
    });

    it('rejects an unknown region or stage, naming the field', async () => {
      const response = await t.http().get('/api/countries?region=Atlantis&stage=done').expect(400);
      expect(response.body.errors.map((error: { field: string }) => error.field).sort()).toEqual(['region', 'stage']);
      expect(response.body.message).toMatch(/AFR/);
    });
  });
});
