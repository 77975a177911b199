import { stageCommandClient } from './support/stage-command-client';
import { startTestApp, TestApp } from './support/test-app';

const training = (title = 'Training of Trainers for Educators') => ({ date: '2024-11-12', title, audience: 'educators' });

describe('write guarantees', () => {
  let t: TestApp;
  beforeAll(async () => (t = await startTestApp()));
  afterAll(() => t.close());
  const { store, untouchedCountry, post, streamOf } = stageCommandClient(() => t);

  describe('Idempotency-Key', () => {
    it('answers a retry with the first result and writes one event', async () => {
      const country = untouchedCountry();
      const first = await post(country, 'hold-training', training(), { 'Idempotency-Key': 'retry-1' }).expect(201);
      const head = await store().headPosition();
      const retry = await post(country, 'hold-training', training(), { 'Idempotency-Key': 'retry-1' }).expect(201);

      expect(retry.text).toBe(first.text);
      expect(await streamOf(country)).toHaveLength(1);
      expect(await store().headPosition()).toBe(head);
    });

    it('answers concurrent retries with one result and one event', async () => {
      const country = untouchedCountry();
      const send = () => post(country, 'initiate-assistance', { date: '2024-10-15' }, { 'Idempotency-Key': 'double-click' });
      const responses = await Promise.all([send(), send(), send(), send(), send()]);

      expect(responses.map((response) => response.status)).toEqual([201, 201, 201, 201, 201]);
      expect(new Set(responses.map((response) => response.text)).size).toBe(1);
      expect(await streamOf(country)).toHaveLength(1);
    });

    it('tells the same key with a different body apart: 422 and nothing written', async () => {
      const country = untouchedCountry();
      await post(country, 'hold-training', training(), { 'Idempotency-Key': 'reused' }).expect(201);
      const response = await post(country, 'hold-training', training('Another training'), { 'Idempotency-Key': 'reused' }).expect(422);

      expect(response.body.message).toMatch(/Idempotency-Key "reused" was already used for a different request/);
      expect(await streamOf(country)).toHaveLength(1);
    });

    it('refuses the same key for another command or another country with 422, writing nothing', async () => {
      const [country, other] = [untouchedCountry(), untouchedCountry()];
      await post(country, 'hold-training', training(), { 'Idempotency-Key': 'one-use' }).expect(201);

      await post(country, 'draft-framework', { date: '2024-11-12' }, { 'Idempotency-Key': 'one-use' }).expect(422);
      await post(other, 'hold-training', training(), { 'Idempotency-Key': 'one-use' }).expect(422);
      expect(await streamOf(country)).toHaveLength(1);
      expect(await streamOf(other)).toHaveLength(0);
    });

    it('writes one event per distinct key', async () => {
      const country = untouchedCountry();
      const first = await post(country, 'hold-training', training(), { 'Idempotency-Key': 'key-a' }).expect(201);
      const second = await post(country, 'hold-training', training(), { 'Idempotency-Key': 'key-b' }).expect(201);
      expect([first.body.revision, second.body.revision]).toEqual([0, 1]);
      expect(second.body.eventId).not.toBe(first.body.eventId);
    });

    it('rejects a key that is not 1 to 200 visible characters with 400, writing nothing', async () => {
      const country = untouchedCountry();
      const response = await post(country, 'hold-training', training(), { 'Idempotency-Key': 'k'.repeat(201) }).expect(400);
      expect(response.body.errors).toEqual([{ field: 'Idempotency-Key', messages: [expect.any(String)] }]);
      expect(await streamOf(country)).toHaveLength(0);
    });
  });

  describe('If-Match', () => {
    it('answers 412 to a stale revision, writing nothing, and 201 to the current one', async () => {
      const country = untouchedCountry();
      await post(country, 'hold-training', training()).expect(201);
      await post(country, 'hold-training', training()).expect(201);

      const stale = await post(country, 'hold-training', training(), { 'If-Match': '"0"' }).expect(412);
      expect(stale.body.message).toMatch(/at revision 1, but If-Match expected 0/);
      expect(await streamOf(country)).toHaveLength(2);

      const current = await post(country, 'hold-training', training(), { 'If-Match': '"1"' }).expect(201);
      expect(current.body.revision).toBe(2);
      const weak = await post(country, 'initiate-assistance', { date: '2024-01-01' }, { 'If-Match': 'W/"2"' }).expect(201);
      expect(weak.body.revision).toBe(3);
    });

    it('answers 412 when the country has no events yet but a revision was expected', async () => {
      const country = untouchedCountry();
      await post(country, 'hold-training', training(), { 'If-Match': '"0"' }).expect(412);
      expect(await streamOf(country)).toHaveLength(0);
    });

    it('lets exactly one of many writers holding the same revision win', async () => {
      const country = untouchedCountry();
      await post(country, 'hold-training', training()).expect(201);
      const writers = Array.from({ length: 10 }, (_, index) =>
        post(country, 'hold-training', training(`Session ${index}`), { 'If-Match': '"0"' }),
      );
      const statuses = (await Promise.all(writers)).map((response) => response.status).sort();
      expect(statuses).toEqual([201, ...Array<number>(9).fill(412)]);
      expect(await streamOf(country)).toHaveLength(2);
    });

    it('answers a retried request with its first result even though the revision moved on', async () => {
      const country = untouchedCountry();
      const headers = { 'If-Match': '"-1"', 'Idempotency-Key': 'guarded-retry' };
      const first = await post(country, 'initiate-assistance', { date: '2024-10-15' }, headers).expect(201);
      const retry = await post(country, 'initiate-assistance', { date: '2024-10-15' }, headers).expect(201);
      expect(retry.body).toEqual(first.body);
      expect(await streamOf(country)).toHaveLength(1);
    });

    it("answers each command with the country's new revision as ETag, to send as If-Match with the next", async () => {
      const country = untouchedCountry();
      const first = await post(country, 'initiate-assistance', { date: '2024-10-15' }).expect(201);
      expect(first.headers.etag).toBe('"0"');
      const second = await post(country, 'hold-training', training(), { 'If-Match': first.headers.etag }).expect(201);
      expect(second.headers.etag).toBe(`"${second.body.revision}"`);
      expect(second.body.revision).toBe(1);
      const status = await t.http().get(`/api/countries/${country}`).expect(200);
      expect(status.headers.etag).toBe(second.headers.etag);
      await post(country, 'hold-training', training(), { 'If-Match': first.headers.etag }).expect(412);
      const correction = { eventId: second.body.eventId, changes: { participants: 30 }, reason: 'sign-in sheet' };
      const corrected = await post(country, 'correct-milestone', correction, { 'If-Match': second.headers.etag }).expect(201);
      expect(corrected.headers.etag).toBe('"2"');
    });

    it.each(['abc', '"one"', '1, 2', '--1'])('rejects If-Match %j with 400 naming the header, writing nothing', async (header) => {
      const country = untouchedCountry();
      const response = await post(country, 'hold-training', training(), { 'If-Match': header }).expect(400);
      expect(response.body.errors).toEqual([{ field: 'If-Match', messages: [expect.stringMatching(/revision/)] }]);
      expect(await streamOf(country)).toHaveLength(0);
    });
  });

  describe('concurrent writers', () => {
    it('lands 20 concurrent writes on one country at revisions 0..19, none lost or duplicated', async () => {
      const country = untouchedCountry();
      const titles = Array.from({ length: 20 }, (_, index) => `Parallel session ${index}`);
      const responses = await Promise.all(titles.map((title) => post(country, 'hold-training', training(title))));

      expect(responses.map((response) => response.status)).toEqual(Array<number>(20).fill(201));
      const revisions = responses.map((response) => response.body.revision as number).sort((a, b) => a - b);
      expect(revisions).toEqual(Array.from({ length: 20 }, (_, index) => index));
      const stream = await streamOf(country);
      expect(stream.map((event) => event.revision)).toEqual(revisions);
      expect(new Set(stream.map((event) => event.eventId)).size).toBe(20);
      expect(stream.map((event) => (event.data as { title: string }).title).sort()).toEqual([...titles].sort());
      expect(new Set(responses.map((response) => response.body.eventId))).toEqual(new Set(stream.map((event) => event.eventId)));
    });

    it('decides again after a conflict, so only one of 10 concurrent initiations succeeds', async () => {
      const country = untouchedCountry();
      const writers = Array.from({ length: 10 }, () => post(country, 'initiate-assistance', { date: '2024-10-15' }));
      const statuses = (await Promise.all(writers)).map((response) => response.status).sort();
      expect(statuses).toEqual([201, ...Array<number>(9).fill(409)]);
      expect(await streamOf(country)).toHaveLength(1);
    });
  });

  describe('after a restart', () => {
    let current: TestApp;
    const restartable = stageCommandClient(() => current);

    it('keeps every event and continues at the right revision and position', async () => {
      const first = (current = await startTestApp());
      const [country, other] = [restartable.untouchedCountry(), restartable.untouchedCountry()];
      for (const title of ['One', 'Two', 'Three']) await restartable.post(country, 'hold-training', training(title)).expect(201);
      await restartable.post(other, 'draft-framework', { date: '2024-03-03' }).expect(201);
      const before = await restartable.streamOf(country);

      current = await first.restart();
      try {
        expect(await restartable.streamOf(country)).toEqual(before);
        const next = await restartable.post(country, 'hold-training', training('Four')).expect(201);
        expect(next.body).toMatchObject({ revision: 3, position: 5 });
        const adopted = await restartable.post(other, 'adopt-framework', { date: '2024-06-01' }).expect(201);
        expect(adopted.body).toMatchObject({ revision: 1, position: 6 });
      } finally {
        await current.close();
        await first.close();
      }
    });

    it('still answers an idempotent retry with the first result, writing nothing', async () => {
      const first = (current = await startTestApp());
      const country = restartable.untouchedCountry();
      const headers = { 'Idempotency-Key': 'survives-restart' };
      const original = await restartable.post(country, 'hold-training', training(), headers).expect(201);

      current = await first.restart();
      try {
        const retry = await restartable.post(country, 'hold-training', training(), headers).expect(201);
        expect(retry.text).toBe(original.text);
        await restartable.post(country, 'hold-training', training('Changed'), headers).expect(422);
        expect(await restartable.streamOf(country)).toHaveLength(1);
      } finally {
        await current.close();
        await first.close();
      }
    });
  });
});
