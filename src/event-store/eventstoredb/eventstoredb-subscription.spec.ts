import { AllStreamResolvedEvent } from '@eventstore/db-client';
import { PassThrough } from 'node:stream';
import { Recorded } from '../event-envelope';
import { APP_STREAM_PREFIXES } from './eventstoredb-mapping';
import { EventStoreDbSubscription, SubscriptionSource } from './eventstoredb-subscription';

type FakeSource = PassThrough & { unsubscribed: number; unsubscribe(): Promise<void> };

function fakeSource(): FakeSource {
  const source = new PassThrough({ objectMode: true }) as FakeSource;
  source.unsubscribed = 0;
  source.unsubscribe = async () => {
    source.unsubscribed++;
    source.end();
  };
  return source;
}

function resolved(position: number, streamId = 'country-MLT'): AllStreamResolvedEvent {
  const commit = BigInt(position);
  return {
    event: {
      streamId,
      id: `00000000-0000-4000-8000-${String(position).padStart(12, '0')}`,
      isJson: true,
      revision: BigInt(position),
      type: 'TrainingHeld',
      created: new Date(0),
      data: { position },
      metadata: { actor: 'a', schemaVersion: 1 },
      position: { commit, prepare: commit },
    },
  };
}

type StartOptions = { from?: number; head?: number; handler?: (batch: Recorded[]) => unknown };

function start(source: FakeSource, options: StartOptions = {}) {
  const batches: Recorded[][] = [];
  const drops: Error[] = [];
  const subscription = new EventStoreDbSubscription(
    source as unknown as SubscriptionSource,
    options.from ?? 0,
    async (batch) => {
      batches.push(batch);
      await options.handler?.(batch);
    },
    {
      headAtStart: Promise.resolve(options.head ?? 0),
      prefixes: APP_STREAM_PREFIXES,
      onDropped: (error) => drops.push(error),
      onEnded: () => undefined,
    },
  );
  const positions = () => batches.flat().map((event) => event.position);
  return { subscription, batches, drops, positions };
}

const settle = () => new Promise((resolve) => setImmediate(resolve));

describe('EventStoreDbSubscription', () => {
  it('delivers app events in order, skipping repeats, system streams and what precedes the start', async () => {
    const source = fakeSource();
    const { subscription, positions } = start(source, { from: 100, head: 400 });
    const stats = resolved(250, '$stats-127.0.0.1');
    const sent = [resolved(100), resolved(200), stats, resolved(200), resolved(300), resolved(400)];
    sent.forEach((event) => source.write(event));
    await subscription.caughtUp;
    expect(positions()).toEqual([200, 300, 400]);
    await subscription.close();
  });

  it('counts as caught up at once when the head is not past the start', async () => {
    const { subscription, batches } = start(fakeSource(), { from: 500, head: 500 });
    await subscription.caughtUp;
    expect(batches).toEqual([]);
    await subscription.close();
  });

  it('reports a dropped connection once, rejects catching up and stops delivering', async () => {
    const source = fakeSource();
    const { subscription, drops, positions } = start(source, { head: 900 });
    source.write(resolved(100));
    await settle();
    source.destroy(new Error('14 UNAVAILABLE: Connection dropped'));
    await expect(subscription.caughtUp).rejects.toThrow('UNAVAILABLE');
    expect(drops.map((error) => error.message)).toEqual(['14 UNAVAILABLE: Connection dropped']);
    expect(positions()).toEqual([100]);
    expect(source.unsubscribed).toBe(1);
  });

  it('ends the subscription when the handler fails, reporting the handler error', async () => {
    const source = fakeSource();
    const { subscription, drops, batches } = start(source, {
      head: 900,
      handler: () => {
        throw new Error('projection failed');
      },
    });
    source.write(resolved(100));
    await expect(subscription.caughtUp).rejects.toThrow('projection failed');
    source.write(resolved(200));
    await settle();
    expect(drops.map((error) => error.message)).toEqual(['projection failed']);
    expect(batches).toHaveLength(1);
  });

  it('treats the server ending the stream as a drop', async () => {
    const source = fakeSource();
    const { subscription, drops } = start(source, { head: 900 });
    source.end();
    source.resume();
    await expect(subscription.caughtUp).rejects.toThrow('ended the subscription');
    expect(drops).toHaveLength(1);
  });

  it('is not reported as dropped when closed, and delivers nothing after close', async () => {
    const source = fakeSource();
    const { subscription, drops, positions } = start(source, { head: 100 });
    source.write(resolved(100));
    await subscription.caughtUp;
    await subscription.close();
    source.write(resolved(200));
    await settle();
    expect(positions()).toEqual([100]);
    expect(drops).toEqual([]);
  });

  it('pauses the server stream while the handler falls behind, and resumes after', async () => {
    const source = fakeSource();
    let release!: () => void;
    const blocked = new Promise<void>((resolve) => (release = resolve));
    const { subscription, positions } = start(source, { head: 3000, handler: () => blocked });
    for (let position = 1; position <= 3000; position++) source.write(resolved(position));
    await settle();
    expect(source.isPaused()).toBe(true);
    release();
    await subscription.caughtUp;
    expect(source.isPaused()).toBe(false);
    expect(positions()).toEqual(Array.from({ length: 3000 }, (_, index) => index + 1));
    await subscription.close();
  });
});
