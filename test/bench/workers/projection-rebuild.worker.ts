import Database from 'better-sqlite3';
import { ALL_PROJECTIONS } from '../../../projections';
import { rebuildProjections } from '../../../src/cli/rebuild-projections';
import { AnyProjection } from '../../../src/read-models/projection-engine';
import { configFromEnv } from '../../../src/config/app-config';
import { ReadModelStore, readModelSynchronous } from '../../../src/read-models/read-model.store';
import { reportToParent } from '../support/measurement';

type Written = { documents: number; documentBytes: number };

/**
 * Ours: what `npm run rebuild-projections` does, clearing every read model and folding the whole log again; or the
 * same for one projection alone (`none`: reading the log and saving the country snapshots, and nothing else).
 */
async function rebuild(path: string, only?: string): Promise<number> {
  const projections = only === undefined ? undefined : (ALL_PROJECTIONS as AnyProjection[]).filter(({ name }) => name === only);
  if (projections?.length === 0 && only !== 'none') throw new Error(`No projection is called ${only}`);
  const config = { ...configFromEnv({}), sqlitePath: path, sqliteSynchronous: 'FULL' as const, seedDemo: false };
  const summary = await rebuildProjections(config, { projections });
  return summary.events;
}

/** What the rebuild had to write, to set its time against the bytes the baseline only reads. */
function writtenTo(path: string): Written {
  const db = new Database(path, { readonly: true });
  const written = db.prepare<[], Written>('SELECT count(*) AS documents, sum(length(document)) AS documentBytes FROM read_models').get()!;
  db.close();
  return written;
}

function eventBytesOf(path: string): number {
  const db = new Database(path, { readonly: true });
  const bytes = db.prepare<[], number>('SELECT sum(length(data) + length(metadata)) FROM events').pluck().get()!;
  db.close();
  return bytes;
}

/** The baseline: every row read once and its JSON parsed, nothing else. */
function rawScan(path: string): number {
  const db = new Database(path, { readonly: true });
  let events = 0;
  let checksum = 0;
  for (const row of db.prepare<[], { data: string; metadata: string }>('SELECT * FROM events ORDER BY position').iterate()) {
    const data = JSON.parse(row.data) as Record<string, unknown>;
    const metadata = JSON.parse(row.metadata) as Record<string, unknown>;
    checksum += Object.keys(data).length + Object.keys(metadata).length;
    events++;
  }
  db.close();
  return checksum > 0 ? events : 0;
}

/**
 * A floor for the rebuild's writes: the documents it wrote, copied into a new file of the read models' schema by one
 * SQL statement in key order, with no JavaScript, no folding and no reading of events.
 */
function copyDocuments(projectedPath: string, copyPath: string): void {
  const store = new ReadModelStore(copyPath, readModelSynchronous('FULL'));
  store.db.prepare('ATTACH DATABASE ? AS projected').run(projectedPath);
  store.db.exec('INSERT INTO main.read_models SELECT projection, key, document FROM projected.read_models ORDER BY projection, key');
  store.close();
}

async function main(): Promise<void> {
  const [mode, path, argument] = process.argv.slice(2);
  const started = process.hrtime.bigint();
  if (mode === 'copy-documents') {
    copyDocuments(path, argument);
    reportToParent({ events: 0, elapsedMs: Number(process.hrtime.bigint() - started) / 1e6, ...writtenTo(argument) });
    return;
  }
  const events = mode === 'raw-scan' ? rawScan(path) : await rebuild(path, argument);
  const elapsedMs = Number(process.hrtime.bigint() - started) / 1e6;
  reportToParent({ events, elapsedMs, ...(mode === 'raw-scan' ? { eventBytes: eventBytesOf(path) } : writtenTo(path)) });
}

void main();
