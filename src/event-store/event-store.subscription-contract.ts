import { Recorded } from './event-envelope';
import { expectIncreasingPositions, inStreams, newEvent, newStream, waitFor } from './event-store.contract-support';
import { EventStore, Subscription } from './event-store.port';

export type SubscriptionContractContext = {
  store: () => EventStore;
  /** Subscribes and closes the subscription after the test. */
  subscribe: (from: number, handler: (batch: Recorded[]) => unknown) => Subscription;
};

/** The subscription half of the store contract; runs inside `describeEventStoreContract`. */
export function describeSubscriptionContract({ store, subscribe }: SubscriptionContractContext): void {
  it('catches a subscription up, then delivers live appends in order and only once', async () => {
    const head = await store().headPosition();
    const [a, b] = [newStream(), newStream()];
    const early = [newEvent('A1'), newEvent('A2'), newEvent('B1')];
    await store().appendToStream(a, early.slice(0, 2), 'no-stream');
    await store().appendToStream(b, early.slice(2), 'no-stream');
    const received: Recorded[] = [];
    const subscription = subscribe(head, (batch) => received.push(...inStreams(batch, [a, b])));
    await subscription.caughtUp;
    expect(received.map((event) => event.eventId)).toEqual(early.map((event) => event.eventId));
    const late = [newEvent('B2'), newEvent('A3')];
    await store().appendToStream(b, [late[0]], 0);
    await store().appendToStream(a, [late[1]], 1);
    await waitFor(() => received.length >= 5);
    expect(received.map((event) => event.eventId)).toEqual([...early, ...late].map((event) => event.eventId));
    expectIncreasingPositions(received);
  });

  it('hands the subscriber one batch at a time', async () => {
    const stream = newStream();
    let running = 0;
    let mostAtOnce = 0;
    const seen: Recorded[] = [];
    const subscription = subscribe(await store().headPosition(), async (batch) => {
      mostAtOnce = Math.max(mostAtOnce, ++running);
      await new Promise((resolve) => setTimeout(resolve, 5));
      seen.push(...inStreams(batch, [stream]));
      running--;
    });
    await subscription.caughtUp;
    for (let revision = 0; revision < 6; revision++) {
      await store().appendToStream(stream, [newEvent(`E${revision}`)], revision === 0 ? 'no-stream' : revision - 1);
    }
    await waitFor(() => seen.length >= 6);
    expect(mostAtOnce).toBe(1);
    expect(seen.map((event) => event.revision)).toEqual([0, 1, 2, 3, 4, 5]);
  });

  it('stops delivering on close and resumes exactly after a position when subscribing again', async () => {
    const stream = newStream();
    const firstRun: Recorded[] = [];
    const first = subscribe(await store().headPosition(), (batch) => firstRun.push(...inStreams(batch, [stream])));
    await first.caughtUp;
    await store().appendToStream(stream, [newEvent('E0'), newEvent('E1')], 'no-stream');
    await waitFor(() => firstRun.length >= 2);
    await first.close();
    const resumeFrom = firstRun[firstRun.length - 1].position;
    await store().appendToStream(stream, [newEvent('E2')], 1);
    await store().appendToStream(stream, [newEvent('E3')], 2);
    const secondRun: Recorded[] = [];
    const second = subscribe(resumeFrom, (batch) => secondRun.push(...inStreams(batch, [stream])));
    await second.caughtUp;
    expect(secondRun.map((event) => event.type)).toEqual(['E2', 'E3']);
    expect(firstRun.map((event) => event.type)).toEqual(['E0', 'E1']);
  });

  it('reports a subscription from the head as caught up with nothing to deliver', async () => {
    const stream = newStream();
    await store().appendToStream(stream, [newEvent('A')], 'no-stream');
    const received: Recorded[] = [];
    const head = await store().headPosition();
    const subscription = subscribe(head, (batch) => received.push(...inStreams(batch, [stream])));
    await subscription.caughtUp;
    expect(received).toEqual([]);
  });
}
