import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ALL_PROJECTIONS } from '../../projections';
import { foldDocuments } from '../../projections/projection';
import { rebuildProjections } from '../../src/cli/rebuild-projections';
import { configFromEnv } from '../../src/config/app-config';
import { AnyProjection } from '../../src/read-models/projection-engine';
import { REPORT_FORMATS } from '../../src/reports/report-formats';
import { writeDataset } from '../bench/support/dataset-file';
import { authHeaders, ListeningApp, post, startListeningApp } from './support/listening-app';
import { readModelDump, rebuiltReadModelDump, storedEvents } from './support/store-file';

const EVENTS = 3_000;
const QUARTER = '2024-Q1';
const AS_OF = '2024-06-30T12:00:00Z';

async function reportBytes(t: ListeningApp, format: string, asOf = AS_OF): Promise<{ bytes: Buffer; hash: string | null }> {
  const response = await fetch(`${t.baseUrl}/api/reports/quarterly/${QUARTER}?format=${format}&asOf=${encodeURIComponent(asOf)}`, {
    headers: authHeaders(t.baseUrl),
  });
  expect({ format, status: response.status }).toEqual({ format, status: 200 });
  return { bytes: Buffer.from(await response.arrayBuffer()), hash: response.headers.get('x-content-hash') };
}

describe('determinism, on a seeded log of realistic history', () => {
  let dir: string;
  let storePath: string;
  let t: ListeningApp;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'ta-tracker-determinism-'));
    storePath = join(dir, 'tracker.db');
    writeDataset(storePath, { events: EVENTS, seed: 4242 });
  });
  afterAll(async () => {
    await t?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('rebuilding the projections twice gives byte-identical read models, whatever the batch size', async () => {
    const config = { ...configFromEnv({}), sqlitePath: storePath, sqliteSynchronous: 'NORMAL' as const, seedDemo: false };
    const first = await rebuildProjections(config);
    const afterFirst = readModelDump(storePath);
    const second = await rebuildProjections(config);
    const afterSecond = readModelDump(storePath);

    expect(first.events).toBe(EVENTS);
    expect(second).toEqual(first);
    expect(afterFirst.split('\n').length).toBeGreaterThan(EVENTS);
    expect(afterSecond).toEqual(afterFirst);
    expect(rebuiltReadModelDump(storePath, 1)).toEqual(afterFirst);
    expect(rebuiltReadModelDump(storePath, 337)).toEqual(afterFirst);
  });

  it('a rebuild that flushes every few hundred events writes exactly what a pure in-memory fold of the log gives', async () => {
    const config = { ...configFromEnv({}), sqlitePath: storePath, sqliteSynchronous: 'NORMAL' as const, seedDemo: false };
    await rebuildProjections(config, { flushEveryEvents: 250 });
    const events = storedEvents(storePath);
    const folded = ALL_PROJECTIONS.flatMap((projection) =>
      [...foldDocuments(projection as AnyProjection, events)].map(([key, document]) => `${projection.name}\t${key}\t${JSON.stringify(document)}`),
    ).sort();
    const written = readModelDump(storePath).split('\n').filter((line) => !line.startsWith('checkpoint\t'));

    expect(folded.length).toBeGreaterThan(EVENTS);
    expect(written).toEqual(folded);
  });

  it('regenerates a quarter as of a recorded time byte for byte, also after new writes and a restart', async () => {
    t = await startListeningApp({}, dir);
    const before = await Promise.all(REPORT_FORMATS.map((format) => reportBytes(t, format)));
    const again = await Promise.all(REPORT_FORMATS.map((format) => reportBytes(t, format)));
    expect(before.find(({ bytes }) => bytes.length < 200)).toBeUndefined();

    const late = await post(t.baseUrl, '/api/countries/MLT/hold-training', { date: '2024-02-14', title: 'Late entry for the quarter', audience: 'police' });
    expect(late.status).toBe(201);
    t = await t.restart();
    const afterRestart = await Promise.all(REPORT_FORMATS.map((format) => reportBytes(t, format)));
    const now = await reportBytes(t, 'md', new Date().toISOString());

    REPORT_FORMATS.forEach((format, index) => {
      expect({ format, same: again[index].bytes.equals(before[index].bytes) }).toEqual({ format, same: true });
      expect({ format, same: afterRestart[index].bytes.equals(before[index].bytes) }).toEqual({ format, same: true });
      expect(afterRestart[index].hash).toBe(before[index].hash);
    });
    expect(now.bytes.toString('utf8')).toMatch(/late entry for the quarter/i);
    expect(before[REPORT_FORMATS.indexOf('md')].bytes.toString('utf8')).not.toMatch(/late entry for the quarter/i);
  });
});
