import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { idempotentEventId } from '../../src/shared/command/event-ids';
import { ChildServer, projectionsCaughtUp, startChildServer } from './support/child-server';
import { post } from './support/listening-app';
import { reliabilityScale } from './support/reliability-scale';
import { integrityOf, logIsGaplessAndUnique, readModelDump, rebuiltReadModelDump, storedEvents } from './support/store-file';
import { SentCommand, startWriteLoad } from './support/write-load';

const { kills: KILLS, crashSeed: SEED } = reliabilityScale();
const WRITERS = 8;

/** Deterministic kill points for a given seed, between 150 ms and 1.2 s into the write load. */
function killDelays(seed: number, count: number): number[] {
  let state = seed;
  return Array.from({ length: count }, () => {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    return 150 + (state % 1050);
  });
}

describe(`crash: SIGKILL under write load, ${KILLS} times (seed ${SEED})`, () => {
  let dir: string;
  let server: ChildServer | undefined;
  beforeAll(() => (dir = mkdtempSync(join(tmpdir(), 'ta-tracker-crash-'))));
  afterAll(async () => {
    await server?.kill('SIGKILL');
    rmSync(dir, { recursive: true, force: true });
  });

  it('loses no acknowledged command, keeps the file sound and the read models equal to a rebuild', async () => {
    const storePath = join(dir, 'tracker.db');
    const acknowledged = new Map<string, SentCommand>();
    const inDoubt: SentCommand[] = [];
    const delays = killDelays(SEED, KILLS);
    server = await startChildServer(storePath, join(dir, 'reports'));

    for (const [cycle, delay] of delays.entries()) {
      const load = startWriteLoad(server.baseUrl, `crash-${cycle}`, WRITERS);
      await new Promise((resolve) => setTimeout(resolve, delay));
      await server.kill('SIGKILL');
      await load.stop();
      expect(load.serverErrors).toEqual([]);
      load.acknowledged.forEach((command, eventId) => acknowledged.set(eventId, command));
      inDoubt.push(...load.inDoubt);

      expect(integrityOf(storePath)).toBe('ok');
      const events = storedEvents(storePath);
      const stored = new Set(events.map((event) => event.eventId));
      expect([...acknowledged.keys()].filter((eventId) => !stored.has(eventId))).toEqual([]);
      expect(logIsGaplessAndUnique(events)).toBe(true);

      server = await startChildServer(storePath, join(dir, 'reports'));
      await projectionsCaughtUp(server);
      expect(readModelDump(storePath)).toEqual(rebuiltReadModelDump(storePath));
    }
    expect(acknowledged.size).toBeGreaterThan(KILLS);

    // A client that never saw its answer retries with the same Idempotency-Key: the command lands exactly once.
    for (const command of inDoubt) {
      const reply = await post(server.baseUrl, command.path, command.body, { 'Idempotency-Key': command.idempotencyKey });
      expect(reply.status).toBe(201);
      expect(reply.body.eventId).toBe(idempotentEventId(command.idempotencyKey, 0));
    }
    const events = storedEvents(storePath);
    const inDoubtIds = new Set(inDoubt.map((command) => idempotentEventId(command.idempotencyKey, 0)));
    expect(events.filter((event) => inDoubtIds.has(event.eventId))).toHaveLength(inDoubtIds.size);
    expect(logIsGaplessAndUnique(events)).toBe(true);
    await projectionsCaughtUp(server);
    expect(readModelDump(storePath)).toEqual(rebuiltReadModelDump(storePath));
  });
});
