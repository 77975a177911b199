import { ALL_PROJECTIONS } from '../../projections';
import { AppConfig, configFromEnv } from '../config/app-config';
import { CountrySnapshotMaker } from '../country/country-snapshot-maker';
import { SqliteCountrySnapshots } from '../country/country-snapshots';
import { createEventStore } from '../event-store/event-store.module';
import { AnyProjection, FLUSH_EVERY_EVENTS, ProjectionEngine } from '../read-models/projection-engine';
import { ReadModelStore, readModelSynchronous } from '../read-models/read-model.store';

const BATCH_SIZE = 5000;

export type RebuildSummary = {
  events: number;
  position: number;
  documents: Record<string, number>;
  /** Country streams saved as snapshots, for the first commands after the rebuild. */
  snapshots: number;
};

export type RebuildOptions = { projections?: AnyProjection[]; flushEveryEvents?: number };

/**
 * Clears every read model and folds the whole log again; every flush commits its documents and checkpoints
 * together. Country streams are folded on the way and saved as snapshots at the end. Run it while the service
 * is stopped: a running service would keep projecting new events into the models being rebuilt.
 */
export async function rebuildProjections(
  config: AppConfig,
  { projections = ALL_PROJECTIONS as AnyProjection[], flushEveryEvents = FLUSH_EVERY_EVENTS }: RebuildOptions = {},
): Promise<RebuildSummary> {
  const eventStore = await createEventStore(config);
  const readModels = new ReadModelStore(config.sqlitePath, readModelSynchronous(config.sqliteSynchronous));
  try {
    const engine = new ProjectionEngine(readModels, projections);
    const snapshotMaker = new CountrySnapshotMaker();
    engine.rebuildAll();
    let position = 0;
    let events = 0;
    for (;;) {
      const batch = await eventStore.readAll({ fromPosition: position, maxCount: Math.min(BATCH_SIZE, flushEveryEvents) });
      if (batch.length === 0) break;
      engine.apply(batch);
      snapshotMaker.apply(batch);
      if (engine.pendingEventCount() >= flushEveryEvents) engine.flush('due');
      position = batch[batch.length - 1].position;
      events += batch.length;
    }
    engine.flush();
    const snapshots = readModels.transaction(() => snapshotMaker.saveTo(new SqliteCountrySnapshots(readModels.db)));
    const documents = Object.fromEntries(projections.map((projection) => [projection.name, readModels.count(projection.name)]));
    return { events, position, documents, snapshots };
  } finally {
    readModels.close();
    await eventStore.close();
  }
}

export function describeRebuild(summary: RebuildSummary): string {
  const perProjection = Object.entries(summary.documents).map(([name, count]) => `  ${name}: ${count} documents`);
  return [
    `Rebuilt ${perProjection.length} projections from ${summary.events} events (up to position ${summary.position})`,
    ...perProjection,
    `Saved snapshots of ${summary.snapshots} country streams`,
  ].join('\n');
}

async function main(): Promise<void> {
  const config = configFromEnv();
  console.log(`Rebuilding read models in ${config.sqlitePath} from the ${config.eventStore} event store...`);
  console.log(describeRebuild(await rebuildProjections(config)));
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  });
}
