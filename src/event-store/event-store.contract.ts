import { Recorded } from './event-envelope';
import {
  expectIncreasingPositions,
  inStreams,
  isConflict,
  newEvent,
  newStream,
  settle,
  withoutPosition,
} from './event-store.contract-support';
import { WrongExpectedRevision } from './event-store.errors';
import { EventStore, Subscription } from './event-store.port';
import { describeBackwardsReadContract } from './event-store.backwards-read-contract';
import { describeConcurrencyContract } from './event-store.concurrency-contract';
import { describeSubscriptionContract } from './event-store.subscription-contract';

export type ContractOptions = {
  /** When set, the whole suite is reported as skipped and this reason is printed. */
  skipBecause?: string;
};

/**
 * The behaviour every adapter of the store port must show. Streams are unique per test and log assertions
 * only look at this test's streams, so the suite also runs against a non-empty server (with no other writers).
 */
export function describeEventStoreContract(
  name: string,
  createStore: () => EventStore | Promise<EventStore>,
  options: ContractOptions = {},
): void {
  const reason = options.skipBecause;
  if (reason) {
    describe(`${name} (event store contract)`, () => {
      it(`was skipped: ${reason}`, () => {
        console.warn(`${name}: the event store contract tests were SKIPPED. ${reason}`);
        expect(reason).toMatch(/\S/);
      });
    });
  }
  const describeOrSkip = reason ? describe.skip : describe;

  describeOrSkip(`${name} (event store contract)`, () => {
    let store: EventStore;
    const open: Subscription[] = [];
    beforeEach(async () => (store = await createStore()));
    afterEach(async () => {
      await Promise.all(open.splice(0).map((subscription) => subscription.close()));
      await store.close();
    });

    const subscribe = (from: number, handler: (batch: Recorded[]) => unknown): Subscription => {
      const subscription = store.subscribeToAll(from, async (batch) => void (await handler(batch)));
      open.push(subscription);
      return subscription;
    };

    it('appends events and reads them back with revisions, positions and metadata', async () => {
      const stream = newStream();
      const events = [newEvent('TrainingHeld', { n: 1 }), newEvent('EventHeld', { n: 2, nested: { list: [1, 'x'] } })];
      const result = await store.appendToStream(stream, events, 'no-stream');
      expect(result.nextRevision).toBe(1);
      expect(result.events.map((event) => event.revision)).toEqual([0, 1]);
      expect(result.events[1].position).toBeGreaterThan(result.events[0].position);
      expect(result.lastPosition).toBe(result.events[1].position);
      const read = await store.readStream(stream);
      expect(read).toEqual(result.events);
      const expected = events.map((event, revision) => ({ ...event, streamName: stream, revision }));
      expect(read.map(withoutPosition)).toEqual(expected);
    });

    it('reads part of a stream from a revision, at most a given number of events', async () => {
      const stream = newStream();
      await store.appendToStream(stream, ['A', 'B', 'C', 'D'].map((type) => newEvent(type)), 'no-stream');
      expect((await store.readStream(stream, 1, 2)).map((event) => [event.type, event.revision])).toEqual([['B', 1], ['C', 2]]);
      expect((await store.readStream(stream, 3, 10)).map((event) => event.type)).toEqual(['D']);
      expect(await store.readStream(stream, 4, 10)).toEqual([]);
    });

    it('reads a stream that was never written as empty', async () => {
      expect(await store.readStream(newStream())).toEqual([]);
    });

    it('rejects a stale expected revision and writes nothing', async () => {
      const stream = newStream();
      await store.appendToStream(stream, [newEvent('A'), newEvent('B')], 'no-stream');
      const stale = store.appendToStream(stream, [newEvent('C')], 0);
      await expect(stale).rejects.toBeInstanceOf(WrongExpectedRevision);
      await expect(stale).rejects.toMatchObject({ streamName: stream, expected: 0, actual: 1 });
      expect(await store.readStream(stream)).toHaveLength(2);
    });

    it("rejects 'no-stream' on an existing stream and a revision on a missing one", async () => {
      const stream = newStream();
      await store.appendToStream(stream, [newEvent('A')], 'no-stream');
      await expect(store.appendToStream(stream, [newEvent('B')], 'no-stream')).rejects.toMatchObject({ actual: 0 });
      const missing = newStream();
      const onMissing = store.appendToStream(missing, [newEvent('A')], 0);
      await expect(onMissing).rejects.toBeInstanceOf(WrongExpectedRevision);
      await expect(onMissing).rejects.toMatchObject({ actual: -1 });
      expect(await store.readStream(stream)).toHaveLength(1);
      expect(await store.readStream(missing)).toEqual([]);
    });

    it("appends with 'any' whatever the stream's revision", async () => {
      const stream = newStream();
      expect((await store.appendToStream(stream, [newEvent('A')], 'any')).nextRevision).toBe(0);
      expect((await store.appendToStream(stream, [newEvent('B'), newEvent('C')], 'any')).nextRevision).toBe(2);
      expect((await store.readStream(stream)).map((event) => event.type)).toEqual(['A', 'B', 'C']);
    });

    it('reads a stream from a revision on', async () => {
      const stream = newStream();
      await store.appendToStream(stream, [newEvent('A'), newEvent('B'), newEvent('C')], 'no-stream');
      expect((await store.readStream(stream, 1)).map((event) => [event.type, event.revision])).toEqual([
        ['B', 1],
        ['C', 2],
      ]);
      expect(await store.readStream(stream, 3)).toEqual([]);
    });

    it('never stores an event twice when the same append is retried', async () => {
      const stream = newStream();
      const events = [newEvent('A'), newEvent('B')];
      const first = await store.appendToStream(stream, events, 'no-stream');
      for (const expected of ['no-stream', 'any'] as const) {
        const retry = await settle(store.appendToStream(stream, events, expected));
        if (retry.ok) expect(retry.value.events).toEqual(first.events);
        else expect(isConflict(retry.error)).toBe(true);
      }
      const stored = await store.readStream(stream);
      expect(stored.map((event) => event.eventId)).toEqual(events.map((event) => event.eventId));
    });

    it('rejects an event id reused for different content', async () => {
      const stream = newStream();
      const original = newEvent('A', { value: 1 });
      await store.appendToStream(stream, [original], 'no-stream');
      const impostor = { ...original, data: { value: 2 } };
      for (const expected of ['no-stream', 'any'] as const) {
        const attempt = await settle(store.appendToStream(stream, [impostor], expected));
        expect(attempt.ok ? 'appended' : isConflict(attempt.error)).toBe(true);
      }
      expect((await store.readStream(stream)).map((event) => event.data)).toEqual([{ value: 1 }]);
    });

    it('keeps one global order across streams', async () => {
      const head = await store.headPosition();
      const [a, b] = [newStream(), newStream()];
      const events = [newEvent('A1'), newEvent('B1'), newEvent('A2'), newEvent('B2')];
      await store.appendToStream(a, [events[0]], 'no-stream');
      await store.appendToStream(b, [events[1]], 'no-stream');
      await store.appendToStream(a, [events[2]], 0);
      await store.appendToStream(b, [events[3]], 0);
      const log = inStreams(await store.readAll({ fromPosition: head, maxCount: 1000 }), [a, b]);
      expect(log.map((event) => event.eventId)).toEqual(events.map((event) => event.eventId));
      expect(log.map((event) => event.streamName)).toEqual([a, b, a, b]);
      expectIncreasingPositions(log);
    });

    it('reads the log after a position (exclusive), at most maxCount events', async () => {
      const stream = newStream();
      const appended: Recorded[] = [];
      for (let revision = 0; revision < 4; revision++) {
        const expected = revision === 0 ? 'no-stream' : revision - 1;
        const result = await store.appendToStream(stream, [newEvent(`E${revision}`)], expected);
        appended.push(...result.events);
      }
      const page = await store.readAll({ fromPosition: appended[0].position, maxCount: 2 });
      expect(page.map((event) => event.eventId)).toEqual([appended[1].eventId, appended[2].eventId]);
      expect(await store.readAll({ fromPosition: appended[3].position, maxCount: 10 })).toEqual([]);
    });

    it('reads the events at given positions in log order, leaving out positions with none', async () => {
      const [a, b] = [newStream(), newStream()];
      const first = await store.appendToStream(a, [newEvent('A1'), newEvent('A2')], 'no-stream');
      const second = await store.appendToStream(b, [newEvent('B1'), newEvent('B2')], 'no-stream');
      const [a1, a2] = first.events;
      const [b1, b2] = second.events;
      const read = await store.readPositions([b2.position, a1.position, b1.position, b2.position, b2.position + 1_000_000]);
      expect(read).toEqual([a1, b1, b2]);
      expect(read).not.toContainEqual(a2);
      expect(await store.readPositions([])).toEqual([]);
    });

    it('reports the position of the newest event as the head', async () => {
      const first = await store.appendToStream(newStream(), [newEvent('A')], 'no-stream');
      expect(await store.headPosition()).toBe(first.lastPosition);
      const second = await store.appendToStream(newStream(), [newEvent('B'), newEvent('C')], 'no-stream');
      expect(await store.headPosition()).toBe(second.lastPosition);
      expect(second.lastPosition).toBeGreaterThan(first.lastPosition);
    });

    describeConcurrencyContract(() => store);
    describeSubscriptionContract({ store: () => store, subscribe });
    describeBackwardsReadContract(() => store);
  });
}
