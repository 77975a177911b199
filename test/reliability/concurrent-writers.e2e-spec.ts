import { authHeaders, ListeningApp, post, Reply, startListeningApp } from './support/listening-app';
import { reliabilityScale } from './support/reliability-scale';
import { logIsGaplessAndUnique, storedEvents } from './support/store-file';

const WRITERS = 64;
const { concurrencyRounds: ROUNDS } = reliabilityScale();

const training = (writer: number, round: number) => ({
  date: '2024-11-12',
  title: `Training by writer ${writer} in round ${round}`,
  audience: 'police',
  participants: writer + 1,
});

describe(`${WRITERS} concurrent writers on one country`, () => {
  let t: ListeningApp;
  beforeAll(async () => (t = await startListeningApp()));
  afterAll(() => t.close());

  it(`with If-Match: one winner per revision, every loser a 412, over ${ROUNDS} rounds`, async () => {
    const winners: Reply[] = [];
    let revision = -1;
    for (let round = 0; round < ROUNDS; round++) {
      const replies = await Promise.all(
        Array.from({ length: WRITERS }, (_, writer) =>
          post(t.baseUrl, '/api/countries/MLT/hold-training', training(writer, round), { 'If-Match': `"${revision}"` }),
        ),
      );
      const statuses = replies.map((reply) => reply.status);
      expect(statuses.filter((status) => status === 201)).toHaveLength(1);
      expect(statuses.filter((status) => status === 412)).toHaveLength(WRITERS - 1);
      const winner = replies.find((reply) => reply.status === 201)!;
      expect(winner.body.revision).toBe(revision + 1);
      winners.push(winner);
      revision += 1;
    }

    const stream = storedEvents(t.config.sqlitePath, 'country-MLT');
    expect(stream.map((event) => event.revision)).toEqual(Array.from({ length: ROUNDS }, (_, index) => index));
    expect(stream.map((event) => event.eventId)).toEqual(winners.map((winner) => winner.body.eventId));
    expect(logIsGaplessAndUnique(storedEvents(t.config.sqlitePath))).toBe(true);
  });

  it('without If-Match: every writer wins once, nothing lost or doubled', async () => {
    const replies = await Promise.all(
      Array.from({ length: WRITERS }, (_, writer) => post(t.baseUrl, '/api/countries/IDN/hold-training', training(writer, 0))),
    );
    expect(replies.map((reply) => reply.status)).toEqual(Array(WRITERS).fill(201));

    const stream = storedEvents(t.config.sqlitePath, 'country-IDN');
    expect(stream.map((event) => event.revision)).toEqual(Array.from({ length: WRITERS }, (_, index) => index));
    expect(new Set(stream.map((event) => event.eventId))).toEqual(new Set(replies.map((reply) => reply.body.eventId)));
    expect(stream.map((event) => (event.data as { participants: number }).participants).sort((a, b) => a - b)).toEqual(
      Array.from({ length: WRITERS }, (_, writer) => writer + 1),
    );
  });

  it('the ETag of the status is the revision that If-Match expects', async () => {
    const status = await fetch(`${t.baseUrl}/api/countries/MLT`, { headers: authHeaders(t.baseUrl) });
    const etag = status.headers.get('etag')!;
    const stale = await post(t.baseUrl, '/api/countries/MLT/hold-training', training(0, 99), { 'If-Match': `"${ROUNDS - 2}"` });
    const fresh = await post(t.baseUrl, '/api/countries/MLT/hold-training', training(0, 99), { 'If-Match': etag });
    expect(stale.status).toBe(412);
    expect(fresh.status).toBe(201);
    expect(fresh.body.revision).toBe(ROUNDS);
  });
});
