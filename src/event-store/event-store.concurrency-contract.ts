import { expectIncreasingPositions, inStreams, newEvent, newStream, settle } from './event-store.contract-support';
import { WrongExpectedRevision } from './event-store.errors';
import { AppendResult, EventStore, ExpectedRevision } from './event-store.port';

const WRITERS = 12;

/**
 * Appends started together, without waiting for one another: the half of the store contract that an adapter
 * batching its commits must still honour. Runs inside `describeEventStoreContract`.
 */
export function describeConcurrencyContract(store: () => EventStore): void {
  it('lets exactly one of many concurrent appends at the same expected revision win', async () => {
    const stream = newStream();
    const start = newEvent('Start');
    await store().appendToStream(stream, [start], 'no-stream');
    const attempts = Array.from({ length: WRITERS }, (_, writer) => [newEvent(`W${writer}a`), newEvent(`W${writer}b`)]);
    const outcomes = await Promise.all(attempts.map((events) => settle(store().appendToStream(stream, events, 0))));
    const winners = outcomes.flatMap((outcome, writer) => (outcome.ok ? [writer] : []));
    expect(winners).toHaveLength(1);
    outcomes
      .filter((outcome) => !outcome.ok)
      .forEach((outcome) => expect(!outcome.ok && outcome.error).toBeInstanceOf(WrongExpectedRevision));
    const stored = await store().readStream(stream);
    expect(stored.map((event) => event.eventId)).toEqual([start, ...attempts[winners[0]]].map((event) => event.eventId));
    expect(stored.map((event) => event.revision)).toEqual([0, 1, 2]);
  });

  it('commits concurrent appends to different streams, each with its own revisions, in one global order', async () => {
    const head = await store().headPosition();
    const streams = Array.from({ length: WRITERS }, () => newStream());
    const results = await Promise.all(
      streams.map((stream, index) => store().appendToStream(stream, [newEvent(`A${index}`), newEvent(`B${index}`)], 'no-stream')),
    );
    results.forEach((result) => expect(result.events.map((event) => event.revision)).toEqual([0, 1]));
    const log = inStreams(await store().readAll({ fromPosition: head, maxCount: 1000 }), streams);
    expect(log).toHaveLength(WRITERS * 2);
    expectIncreasingPositions(log);
    const positions = results.flatMap((result) => result.events.map((event) => event.position)).sort((a, b) => a - b);
    expect(log.map((event) => event.position)).toEqual(positions);
    for (const [index, stream] of streams.entries()) {
      expect((await store().readStream(stream)).map((event) => event.type)).toEqual([`A${index}`, `B${index}`]);
    }
  });

  it('rejects a failing append alone while the appends started with it are committed', async () => {
    const [taken, ...free] = Array.from({ length: WRITERS }, () => newStream());
    await store().appendToStream(taken, [newEvent('First')], 'no-stream');
    const stale = store().appendToStream(taken, [newEvent('Stale1'), newEvent('Stale2')], 'no-stream');
    const others = free.map((stream) => store().appendToStream(stream, [newEvent('Fine')], 'no-stream'));
    const [staleOutcome, ...otherOutcomes] = await Promise.all([settle(stale), ...others.map((append) => settle(append))]);
    expect(!staleOutcome.ok && staleOutcome.error).toBeInstanceOf(WrongExpectedRevision);
    expect(otherOutcomes.every((outcome) => outcome.ok)).toBe(true);
    expect((await store().readStream(taken)).map((event) => event.type)).toEqual(['First']);
    for (const stream of free) expect((await store().readStream(stream)).map((event) => event.type)).toEqual(['Fine']);
  });

  it('builds a gapless stream from appends that each wait for the previous revision', async () => {
    const stream = newStream();
    let expected: ExpectedRevision = 'no-stream';
    const appended: string[] = [];
    for (let round = 0; round < 5; round++) {
      const events = [newEvent(`R${round}`)];
      const [own]: AppendResult[] = await Promise.all([
        store().appendToStream(stream, events, expected),
        store().appendToStream(newStream(), [newEvent('Elsewhere')], 'no-stream'),
      ]);
      expected = own.nextRevision;
      appended.push(events[0].eventId);
    }
    const stored = await store().readStream(stream);
    expect(stored.map((event) => event.eventId)).toEqual(appended);
    expect(stored.map((event) => event.revision)).toEqual([0, 1, 2, 3, 4]);
  });
}
