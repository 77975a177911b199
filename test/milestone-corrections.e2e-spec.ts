import { randomUUID } from 'node:crypto';
import { eventsOf, headPosition } from './support/stored-events';
import { freshCountry, startTestApp, TestApp } from './support/test-app';

type Body = Record<string, unknown>;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const FUTURE = `${new Date().getUTCFullYear() + 1}-01-15`;
const PAST_QUARTER = '2020-Q1';
const NEXT_YEAR_QUARTER = `${new Date().getUTCFullYear() + 1}-Q2`;
const TRAINING = { date: '2024-11-12', title: 'Training of Trainers for Educators', audience: 'educators', participants: 25 };

describe('correcting and retracting milestones over HTTP', () => {
  let t: TestApp;
  beforeAll(async () => (t = await startTestApp()));
  afterAll(() => t.close());

  const post = (code: string, path: string, body: Body, headers: Record<string, string> = {}) =>
    t.http('officer-jane').post(`/api/countries/${code}/${path}`).set(headers).send(body);
  const stream = (country: string) => eventsOf(t, `country-${country}`);

  async function recorded(country: string, path: string, body: Body): Promise<string> {
    const response = await post(country, path, body).expect(201);
    return response.body.eventId as string;
  }

  /** Posts a request that must fail with `status`, and checks that the country's stream did not grow. */
  async function rejected(country: string, path: string, body: Body, status: number) {
    const before = stream(country).length;
    const response = await post(country, path, body).expect(status);
    expect(stream(country)).toHaveLength(before);
    return response.body as { message: string; errors?: { field: string; messages: string[] }[] };
  }

  const rejectedCorrection = (country: string, body: Body, status: number) =>
    rejected(country, 'correct-milestone', body, status);

  const fieldsOf = (body: { errors?: { field: string }[] }) => (body.errors ?? []).map((error) => error.field).sort();

  describe('POST /api/countries/:code/correct-milestone', () => {
    it('records the fix with the milestone as it stood and the reason', async () => {
      const country = freshCountry();
      const eventId = await recorded(country, 'hold-training', TRAINING);

      const response = await post(country, 'correct-milestone', {
        eventId,
        changes: { date: '2024-11-13', participants: 30 },
        reason: 'The attendance sheet arrived',
        note: 'Confirmed by the trainer',
      }).expect(201);

      expect(response.body).toEqual({ eventId: expect.stringMatching(UUID), country, revision: 1, position: expect.any(Number) });
      expect(stream(country)[1]).toMatchObject({
        eventId: response.body.eventId,
        type: 'MilestoneCorrected',
        data: {
          country,
          eventId,
          milestoneType: 'TrainingHeld',
          previous: { country, ...TRAINING },
          changes: { date: '2024-11-13', participants: 30 },
          reason: 'The attendance sheet arrived',
          note: 'Confirmed by the trainer',
        },
      });
    });

    it('normalises the changes like the original request and keeps only real changes', async () => {
      const country = freshCountry();
      const eventId = await recorded(country, 'translate-guidelines', { date: '2024-10-21', language: 'Maltese' });
      await post(country, 'correct-milestone', {
        eventId: eventId.toUpperCase(),
        changes: { date: '2024-10-21', language: '  English ' },
        reason: 'Wrong language',
      }).expect(201);
      expect(stream(country)[1].data).toMatchObject({ eventId, changes: { language: 'English' } });
    });

    it('corrects a milestone twice, the second time from its corrected data', async () => {
      const country = freshCountry();
      const eventId = await recorded(country, 'hold-child-consultation', { date: '2024-11-20', participants: 14 });
      await post(country, 'correct-milestone', { eventId, changes: { participants: 16 }, reason: 'recount' }).expect(201);
      await post(country, 'correct-milestone', { eventId, changes: { participants: 18 }, reason: 'second recount' }).expect(201);
      expect(stream(country)[2].data).toMatchObject({ previous: { participants: 16 }, changes: { participants: 18 } });
    });

    it('answers a retry with the same Idempotency-Key with the first result, writing once', async () => {
      const country = freshCountry();
      const eventId = await recorded(country, 'hold-training', TRAINING);
      const body = { eventId, changes: { participants: 40 }, reason: 'recount' };
      const headers = { 'Idempotency-Key': `correction-${randomUUID()}` };
      const first = await post(country, 'correct-milestone', body, headers).expect(201);
      const retry = await post(country, 'correct-milestone', body, headers).expect(201);
      expect(retry.body).toEqual(first.body);
      expect(stream(country).map((event) => event.type)).toEqual(['TrainingHeld', 'MilestoneCorrected']);
    });

    it('answers 400 naming every bad field of the request, writing nothing', async () => {
      const country = freshCountry();
      await recorded(country, 'hold-training', TRAINING);
      const body = await rejectedCorrection(
        country,
        { eventId: 'training-1', changes: ['date'], reason: '  ', extra: 1 },
        400,
      );
      expect(fieldsOf(body)).toEqual(['changes', 'eventId', 'extra', 'reason']);
    });

    it('answers 400 when the changes name no field', async () => {
      const country = freshCountry();
      const eventId = await recorded(country, 'hold-training', TRAINING);
      const body = await rejectedCorrection(country, { eventId, changes: {}, reason: 'nothing' }, 400);
      expect(fieldsOf(body)).toEqual(['changes']);
    });

    it('answers 400 naming changes.<field> for each bad value in the changes', async () => {
      const country = freshCountry();
      const eventId = await recorded(country, 'hold-training', TRAINING);
      const changes = { date: '2024-02-30', audience: 'aliens', participants: 0 };
      const body = await rejectedCorrection(country, { eventId, changes, reason: 'typo' }, 400);
      expect(fieldsOf(body)).toEqual(['changes.audience', 'changes.date', 'changes.participants']);
      expect(body.message).toMatch(/changes\.date/);
    });

    it('answers 400 for a field the milestone does not have, the country, or a cleared value', async () => {
      const country = freshCountry();
      const eventId = await recorded(country, 'hold-training', TRAINING);
      const changes = { role: 'organised', country: 'MLT', participants: null };
      const body = await rejectedCorrection(country, { eventId, changes, reason: 'typo' }, 400);
      expect(fieldsOf(body)).toEqual(['changes.country', 'changes.participants', 'changes.role']);
    });

    it('answers 409 naming the eventId when no such milestone exists', async () => {
      const country = freshCountry();
      await recorded(country, 'hold-training', TRAINING);
      const unknown = randomUUID();
      const body = await rejectedCorrection(country, { eventId: unknown, changes: { participants: 2 }, reason: 'x' }, 409);
      expect(body.message).toContain(unknown);
      expect(fieldsOf(body)).toEqual(['eventId']);
    });

    it('answers 409 for a milestone of another country', async () => {
      const [country, other] = [freshCountry(), freshCountry()];
      const eventId = await recorded(other, 'hold-training', TRAINING);
      const body = await rejectedCorrection(country, { eventId, changes: { participants: 2 }, reason: 'x' }, 409);
      expect(body.message).toMatch(new RegExp(`No milestone with eventId ${eventId} is recorded for ${country}`));
      expect(stream(other)).toHaveLength(1);
    });

    it('answers 409 for a retracted milestone', async () => {
      const country = freshCountry();
      const eventId = await recorded(country, 'hold-training', TRAINING);
      await post(country, 'retract-milestone', { eventId, reason: 'never happened' }).expect(201);
      const body = await rejectedCorrection(country, { eventId, changes: { participants: 2 }, reason: 'x' }, 409);
      expect(body.message).toMatch(/was retracted/);
    });

    it('answers 409 for changes that change nothing', async () => {
      const country = freshCountry();
      const eventId = await recorded(country, 'hold-training', TRAINING);
      const body = await rejectedCorrection(country, { eventId, changes: { participants: 25 }, reason: 'x' }, 409);
      expect(body.message).toMatch(/as it is/);
    });

    it('answers 409 for a corrected date in the future or before 2008', async () => {
      const country = freshCountry();
      const eventId = await recorded(country, 'hold-training', TRAINING);
      const future = await rejectedCorrection(country, { eventId, changes: { date: FUTURE }, reason: 'x' }, 409);
      expect(future.message).toMatch(new RegExp(`${FUTURE} is in the future`));
      expect(fieldsOf(future)).toEqual(['changes.date']);
      const early = await rejectedCorrection(country, { eventId, changes: { date: '2007-01-01' }, reason: 'x' }, 409);
      expect(early.message).toMatch(/before 2008-01-01/);
    });

    it('answers 409 for a plan moved into a quarter that has ended, and accepts a later one', async () => {
      const country = freshCountry();
      const plan = { plannedFor: NEXT_YEAR_QUARTER, kind: 'training', title: 'Police training' };
      const eventId = await recorded(country, 'plan-activity', plan);
      const body = await rejectedCorrection(country, { eventId, changes: { plannedFor: PAST_QUARTER }, reason: 'x' }, 409);
      expect(body.message).toMatch(/already ended/);
      const later = `${new Date().getUTCFullYear() + 1}-Q4`;
      await post(country, 'correct-milestone', { eventId, changes: { plannedFor: later }, reason: 'postponed' }).expect(201);
    });

    it('answers 409 for an adoption moved before the draft, or the draft moved after the adoption', async () => {
      const country = freshCountry();
      const draft = await recorded(country, 'draft-framework', { date: '2024-03-01' });
      const adoption = await recorded(country, 'adopt-framework', { date: '2024-06-01' });
      const early = await rejectedCorrection(country, { eventId: adoption, changes: { date: '2024-02-01' }, reason: 'x' }, 409);
      expect(early.message).toMatch(/cannot be adopted before it was drafted/);
      const late = await rejectedCorrection(country, { eventId: draft, changes: { date: '2024-07-01' }, reason: 'x' }, 409);
      expect(late.message).toMatch(/adopted on 2024-06-01/);
    });

    it('answers 404 for an unknown country, writing nothing', async () => {
      const head = headPosition(t);
      const body = { eventId: randomUUID(), changes: { date: '2024-01-01' }, reason: 'x' };
      const response = await post('QQ', 'correct-milestone', body).expect(404);
      expect(response.body.message).toMatch(/Unknown country code "QQ"/);
      expect(headPosition(t)).toBe(head);
    });
  });

  describe('POST /api/countries/:code/retract-milestone', () => {
    it('records the retraction and keeps the original in the log', async () => {
      const country = freshCountry();
      const taskforce = { date: '2024-11-05', partner: 'University of Malta' };
      const eventId = await recorded(country, 'establish-child-taskforce', taskforce);
      const response = await post(country, 'retract-milestone', { eventId, reason: 'Logged for the wrong country' }).expect(201);

      expect(response.body).toEqual({ eventId: expect.stringMatching(UUID), country, revision: 1, position: expect.any(Number) });
      const [original, retraction] = stream(country);
      expect(original).toMatchObject({ eventId, type: 'ChildTaskforceEstablished' });
      expect(retraction).toMatchObject({
        type: 'MilestoneRetracted',
        data: {
          country,
          eventId,
          milestoneType: 'ChildTaskforceEstablished',
          previous: { country, date: '2024-11-05', partner: 'University of Malta' },
          reason: 'Logged for the wrong country',
        },
      });
    });

    it('answers 409 when retracting twice', async () => {
      const country = freshCountry();
      const eventId = await recorded(country, 'hold-training', TRAINING);
      await post(country, 'retract-milestone', { eventId, reason: 'duplicate' }).expect(201);
      const body = await rejected(country, 'retract-milestone', { eventId, reason: 'duplicate' }, 409);
      expect(body.message).toMatch(/cannot be retracted any more/);
    });

    it('answers 409 naming the eventId when no such milestone exists', async () => {
      const country = freshCountry();
      const unknown = randomUUID();
      const body = await rejected(country, 'retract-milestone', { eventId: unknown, reason: 'x' }, 409);
      expect(body.message).toContain(unknown);
    });

    it('answers 409 for a correction event, which is not a milestone', async () => {
      const country = freshCountry();
      const eventId = await recorded(country, 'hold-training', TRAINING);
      const correction = await recorded(country, 'correct-milestone', { eventId, changes: { participants: 9 }, reason: 'x' });
      await rejected(country, 'retract-milestone', { eventId: correction, reason: 'x' }, 409);
    });

    it('answers 409 for the only draft of an adopted framework', async () => {
      const country = freshCountry();
      const draft = await recorded(country, 'draft-framework', { date: '2024-03-01' });
      await recorded(country, 'adopt-framework', { date: '2024-06-01' });
      const body = await rejected(country, 'retract-milestone', { eventId: draft, reason: 'x' }, 409);
      expect(body.message).toMatch(/retract the adoption first/);
    });

    it('answers 400 naming every bad field, writing nothing', async () => {
      const country = freshCountry();
      await recorded(country, 'hold-training', TRAINING);
      const bad = { eventId: 42, reason: ' ', note: 'x'.repeat(2001), changes: {} };
      const body = await rejected(country, 'retract-milestone', bad, 400);
      expect(fieldsOf(body)).toEqual(['changes', 'eventId', 'note', 'reason']);
    });

    it('answers 404 for an unknown country, writing nothing', async () => {
      const head = headPosition(t);
      const response = await post('QQQ', 'retract-milestone', { eventId: randomUUID(), reason: 'x' }).expect(404);
      expect(response.body.message).toMatch(/Unknown country code "QQQ"/);
      expect(headPosition(t)).toBe(head);
    });
  });
});
