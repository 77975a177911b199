import Database from 'better-sqlite3';
import { ALL_PROJECTIONS } from '../../../projections';
import { rebuildProjections } from '../../../src/cli/rebuild-projections';
import { AnyProjection } from '../../../src/read-models/projection-engine';
import { configFromEnv } from '../../../src/config/app-config';
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

async function main(): Promise<void> {
  const [mode, path, only] = process.argv.slice(2);
  const started = process.hrtime.bigint();
  const events = mode === 'raw-scan' ? rawScan(path) : await rebuild(path, only);
  const elapsedMs = Number(process.hrtime.bigint() - started) / 1e6;
  reportToParent({ events, elapsedMs, ...(mode === 'raw-scan' ? { eventBytes: eventBytesOf(path) } : writtenTo(path)) });
}

void main();
