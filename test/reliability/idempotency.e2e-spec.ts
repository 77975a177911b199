import { ListeningApp, post, Reply, startListeningApp } from './support/listening-app';
import { reliabilityScale } from './support/reliability-scale';
import { storedEvents } from './support/store-file';

const { idempotentSends: SENDS } = reliabilityScale();
const KEY = 'officer-7f3a-training-2024-11-12';
const PATH = '/api/countries/mdv/hold-training';
const BODY = { date: '2024-11-12', title: 'Training of Trainers for Educators', audience: 'educators', participants: 25 };

describe(`one Idempotency-Key sent ${SENDS} times, across a restart`, () => {
  let t: ListeningApp;
  beforeAll(async () => (t = await startListeningApp()));
  afterAll(() => t.close());

  const send = () => post(t.baseUrl, PATH, BODY, { 'Idempotency-Key': KEY });
  const burst = (count: number) => Promise.all(Array.from({ length: count }, send));
  async function oneByOne(count: number): Promise<Reply[]> {
    const replies: Reply[] = [];
    for (let sent = 0; sent < count; sent++) replies.push(await send());
    return replies;
  }

  it('writes one event and answers every retry with the first result', async () => {
    const quarter = SENDS / 4;
    const before = [...(await burst(quarter)), ...(await oneByOne(quarter))];
    t = await t.restart();
    const after = [...(await burst(quarter)), ...(await oneByOne(SENDS - 3 * quarter))];
    const replies = [...before, ...after];

    expect(replies).toHaveLength(SENDS);
    expect(replies.filter((reply) => reply.status !== 201)).toEqual([]);
    expect(new Set(replies.map((reply) => reply.text)).size).toBe(1);
    const stream = storedEvents(t.config.sqlitePath, 'country-MDV');
    expect(stream).toHaveLength(1);
    expect(stream[0].eventId).toBe(replies[0].body.eventId);
    expect(stream[0].metadata.idempotencyKey).toBe(KEY);
  });

  it('refuses the same key with another body, before and after a restart, writing nothing', async () => {
    const other = { ...BODY, participants: 26 };
    const first = await post(t.baseUrl, PATH, other, { 'Idempotency-Key': KEY });
    t = await t.restart();
    const second = await post(t.baseUrl, PATH, other, { 'Idempotency-Key': KEY });
    expect([first.status, second.status]).toEqual([422, 422]);
    expect(storedEvents(t.config.sqlitePath, 'country-MDV')).toHaveLength(1);
  });
});
