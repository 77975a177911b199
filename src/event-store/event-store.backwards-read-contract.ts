import { Recorded } from './event-envelope';
import { expectIncreasingPositions, newEvent, newStream } from './event-store.contract-support';
import { EventStore } from './event-store.port';

/** The log read newest first, as the audit trail reads it. Runs inside `describeEventStoreContract`. */
export function describeBackwardsReadContract(store: () => EventStore): void {
  describe('reading the log backwards', () => {
    const appendOneByOne = async (streams: string[]): Promise<Recorded[]> => {
      const appended: Recorded[] = [];
      for (const stream of streams) {
        const result = await store().appendToStream(stream, [newEvent(`E${appended.length}`)], 'any');
        appended.push(...result.events);
      }
      return appended;
    };
    const idsOf = (events: Recorded[]) => events.map((event) => event.eventId);

    it('reads the newest events first, at most maxCount, before a position (exclusive)', async () => {
      const stream = newStream();
      const [e0, e1, e2, e3] = await appendOneByOne([stream, stream, stream, stream]);
      expect(idsOf(await store().readAllBackwards({ maxCount: 3 }))).toEqual(idsOf([e3, e2, e1]));
      const beforeE3 = await store().readAllBackwards({ beforePosition: e3.position, maxCount: 2 });
      expect(idsOf(beforeE3)).toEqual(idsOf([e2, e1]));
      expect(await store().readAllBackwards({ beforePosition: e1.position, maxCount: 5 })).toContainEqual(e0);
      expect(await store().readAllBackwards({ beforePosition: e1.position, maxCount: 1 })).toEqual([e0]);
    });

    it('reads nothing from an empty log, before position 0, or before the first event of the log', async () => {
      const head = await store().headPosition();
      const newest = await store().readAllBackwards({ maxCount: 1 });
      expect(newest.map((event) => event.position)).toEqual(head === 0 ? [] : [head]);
      await appendOneByOne([newStream()]);
      const [first] = await store().readAll({ fromPosition: 0, maxCount: 1 });
      expect(await store().readAllBackwards({ beforePosition: first.position, maxCount: 10 })).toEqual([]);
      expect(await store().readAllBackwards({ beforePosition: 0, maxCount: 10 })).toEqual([]);
    });

    it('returns interleaved streams in reverse global order, page after page', async () => {
      const [a, b] = [newStream(), newStream()];
      const appended = await appendOneByOne([a, b, a, b, a, b]);
      const pages: Recorded[][] = [await store().readAllBackwards({ maxCount: 2 })];
      while (pages.length < 3) {
        const oldest = pages[pages.length - 1][1];
        pages.push(await store().readAllBackwards({ beforePosition: oldest.position, maxCount: 2 }));
      }
      const walked = pages.flat();
      expect(idsOf(walked)).toEqual(idsOf([...appended].reverse()));
      expect(walked.map((event) => event.streamName)).toEqual([b, a, b, a, b, a]);
      expectIncreasingPositions([...walked].reverse());
    });
  });
}
