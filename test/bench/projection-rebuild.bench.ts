import { join } from 'node:path';
import { benchFile, runWorker } from './support/child-process';
import { ALL_PROJECTIONS } from '../../projections';
import { benchDirectory, copyStore, Dataset, removeStore } from './support/dataset-file';

export type RebuildFigures = {
  events: number;
  rawScan: { eventsPerSecond: number; elapsedMs: number; peakRssBytes: number; eventBytes: number };
  rebuild: { eventsPerSecond: number; elapsedMs: number; peakRssBytes: number; documents: number; documentBytes: number };
  /** Each projection rebuilt alone, and `none`: reading the log and saving the country snapshots only. */
  alone: ProjectionAlone[];
  /**
   * The documents the rebuild wrote, copied by SQLite alone into a new file: a floor for the writes, whatever the
   * folding costs. Absent from results taken before 2026-11-25.
   */
  documentCopy?: { elapsedMs: number; documents: number; documentBytes: number };
  /** The store file with every projection built: the cold-start and query benchmarks start from it. */
  projectedStorePath: string;
};

export type ProjectionAlone = { projection: string; elapsedMs: number; eventsPerSecond: number; documents: number; documentBytes: number };

type WorkerFigures = { events: number; elapsedMs: number };
type RawScanFigures = WorkerFigures & { eventBytes: number };
type RebuildWorkerFigures = WorkerFigures & { documents: number; documentBytes: number };

/**
 * Each side runs in its own process, so neither inherits the other's heap or page cache warmth in memory. Then each
 * projection is rebuilt alone from the events, to show what each costs.
 */
export async function benchProjectionRebuild(dataset: Dataset): Promise<RebuildFigures> {
  const worker = benchFile('workers', 'projection-rebuild.worker');
  await runWorker<RawScanFigures>(worker, ['raw-scan', dataset.path]);
  const rawScan = await runWorker<RawScanFigures>(worker, ['raw-scan', dataset.path]);
  const projectedStorePath = copyStore(dataset.path, join(benchDirectory(), `projected-${dataset.stats.events}-${dataset.stats.seed}.db`));
  const rebuild = await runWorker<RebuildWorkerFigures>(worker, ['rebuild', projectedStorePath]);
  const sawEveryEvent = <T extends WorkerFigures>(figures: T): T => {
    if (figures.events !== dataset.stats.events) throw new Error(`A worker saw ${figures.events} events, the data set has ${dataset.stats.events}`);
    return figures;
  };
  [rawScan, rebuild].forEach(sawEveryEvent);
  const perSecond = (figures: WorkerFigures) => figures.events / (figures.elapsedMs / 1000);
  const alone: ProjectionAlone[] = [];
  for (const projection of ['none', ...ALL_PROJECTIONS.map(({ name }) => name)]) {
    const path = copyStore(dataset.path, join(benchDirectory(), 'rebuild-one-projection.db'));
    const figures = sawEveryEvent(await runWorker<RebuildWorkerFigures>(worker, ['rebuild', path, projection]));
    const { documents, documentBytes, elapsedMs } = figures;
    alone.push({ projection, elapsedMs, eventsPerSecond: perSecond(figures), documents, documentBytes });
    removeStore(path);
  }
  const copyPath = join(benchDirectory(), 'rebuild-document-copy.db');
  removeStore(copyPath);
  const { elapsedMs: copyMs, documents: copied, documentBytes: copiedBytes } = await runWorker<RebuildWorkerFigures>(worker, [
    'copy-documents',
    projectedStorePath,
    copyPath,
  ]);
  removeStore(copyPath);
  if (copied !== rebuild.documents) throw new Error(`The copy holds ${copied} documents, the rebuild wrote ${rebuild.documents}`);
  return {
    events: dataset.stats.events,
    rawScan: { eventsPerSecond: perSecond(rawScan), elapsedMs: rawScan.elapsedMs, peakRssBytes: rawScan.peakRssBytes, eventBytes: rawScan.eventBytes },
    rebuild: {
      eventsPerSecond: perSecond(rebuild),
      elapsedMs: rebuild.elapsedMs,
      peakRssBytes: rebuild.peakRssBytes,
      documents: rebuild.documents,
      documentBytes: rebuild.documentBytes,
    },
    alone,
    documentCopy: { elapsedMs: copyMs, documents: copied, documentBytes: copiedBytes },
    projectedStorePath,
  };
}
