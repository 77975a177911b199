import { EventStoreKind } from '../config/app-config';
import { EventStore } from '../event-store/event-store.port';
import { ProjectionEngine } from './projection-engine';
import { ReadModelStore } from './read-model.store';

const ORIGIN = { projection: '$read-models', key: 'event-store' };

type Origin = { identity: string };

/**
 * Checkpoints are positions in one particular log. The store's kind and its first event id identify that
 * log (a migration keeps ids but changes the kind and every position), so read models built from another
 * log are rebuilt instead of being resumed at a position that means nothing there.
 */
export async function rebuildIfFromAnotherLog(
  store: EventStore,
  kind: EventStoreKind,
  readModels: ReadModelStore,
  engine: ProjectionEngine,
): Promise<string | undefined> {
  const [first] = await store.readAll({ fromPosition: 0, maxCount: 1 });
  const identity = first ? `${kind}:${first.eventId}` : undefined;
  const saved = readModels.get<Origin>(ORIGIN.projection, ORIGIN.key)?.identity;
  const hasProgress = [...readModels.checkpoints().values()].some((checkpoint) => checkpoint.position > 0);
  const predatesOrigin = saved === undefined && kind === 'sqlite';
  let reason: string | undefined;
  if (hasProgress && identity !== saved && !predatesOrigin) {
    const now = identity ?? `an empty ${kind} log`;
    reason = `read models were built from ${saved ?? 'an unrecorded log'}, the store now is ${now}`;
    engine.rebuildAll();
  }
  if (identity) readModels.put(ORIGIN.projection, ORIGIN.key, { identity } satisfies Origin);
  return reason;
}
