import { createHash } from 'node:crypto';
import { appendRecorded } from '../src/reports/testing/append-recorded';
import { startTestApp, TestApp } from './support/test-app';

const sha256 = (bytes: Buffer | string) => createHash('sha256').update(bytes).digest('hex');

const kenyaTraining = { country: 'KEN', date: '2024-08-10', title: 'Training of Trainers for Educators', audience: 'educators' as const, participants: 40 };
const ghanaDraft = { country: 'GHA', date: '2024-09-01' };

describe('publishing a quarterly report', () => {
  let t: TestApp;
  let kenyaTrainingId: string;
  let ghanaDraftId: string;

  beforeAll(async () => {
    t = await startTestApp();
    ({ eventIds: [kenyaTrainingId] } = await appendRecorded(t.app, 'country-KEN', [
      { type: 'TrainingHeld', data: kenyaTraining, recordedAt: '2024-08-11T10:00:00.000Z' },
    ]));
    ({ eventIds: [ghanaDraftId] } = await appendRecorded(t.app, 'country-GHA', [
      { type: 'FrameworkDrafted', data: ghanaDraft, recordedAt: '2024-09-02T10:00:00.000Z' },
    ]));
  });
  afterAll(() => t.close());

  it('has nothing to show before the first publication', async () => {
    const response = await t.http().get('/api/reports/quarterly/2024-Q3/published').expect(404);
    expect(response.body.message).toMatch(/2024-Q3 report has not been published/);
  });

  it('records the publication and gives back exactly the published bytes, also after late entries', async () => {
    const before = new Date().toISOString();
    const receipt = (await t.http('programme').post('/api/reports/quarterly/2024-Q3/publish').expect(201)).body;
    expect(receipt).toMatchObject({ quarter: '2024-Q3', format: 'md', contentHash: expect.stringMatching(/^[0-9a-f]{64}$/) });
    expect(receipt.asOf >= before && receipt.asOf <= new Date().toISOString()).toBe(true);

    const published = (await t.http().get('/api/reports/quarterly/2024-Q3/published').expect(200)).body;
    expect(published).toMatchObject({ quarter: '2024-Q3', asOf: receipt.asOf, publishedBy: 'programme', identical: true, changesSincePublication: [] });
    expect(sha256(published.content)).toBe(receipt.contentHash);
    expect(published.content).toContain('- In Ghana, ITU delivered a draft national framework.');

    await appendRecorded(t.app, 'country-NGA', [
      {
        type: 'TrainingHeld',
        data: { country: 'NGA', date: '2024-09-20', title: 'Online Safety Workshop', audience: 'parents' },
        recordedAt: '2024-09-21T10:00:00.000Z',
      },
    ]);
    await appendRecorded(t.app, 'country-KEN', [
      {
        type: 'MilestoneCorrected',
        data: { country: 'KEN', eventId: kenyaTrainingId, milestoneType: 'TrainingHeld', previous: kenyaTraining, changes: { participants: 45 }, reason: 'recount' },
        recordedAt: new Date().toISOString(),
      },
    ]);
    await appendRecorded(t.app, 'country-GHA', [
      {
        type: 'MilestoneRetracted',
        data: { country: 'GHA', eventId: ghanaDraftId, milestoneType: 'FrameworkDrafted', previous: ghanaDraft, reason: 'logged for the wrong country' },
        recordedAt: new Date().toISOString(),
      },
    ]);
    await appendRecorded(t.app, 'country-KEN', [
      { type: 'FrameworkDrafted', data: { country: 'KEN', date: '2024-10-02' }, recordedAt: new Date().toISOString() },
    ]);

    const current = (await t.http().get('/api/reports/quarterly/2024-Q3?format=md').expect(200)).text;
    expect(current).not.toContain('Ghana, ITU delivered');
    expect(sha256(current)).not.toBe(receipt.contentHash);

    const again = (await t.http().get('/api/reports/quarterly/2024-Q3/published').expect(200)).body;
    expect(again.content).toBe(published.content);
    expect(again).toMatchObject({ contentHash: receipt.contentHash, regeneratedHash: receipt.contentHash, identical: true });
    expect(again.changesSincePublication.map((change: { change: string; countries: string[] }) => [change.change, change.countries])).toEqual([
      ['added', ['NGA']],
      ['corrected', ['KEN']],
      ['retracted', ['GHA']],
    ]);
    expect(again.changesSincePublication[1]).toMatchObject({ summary: 'Training held corrected: participants: 40 → 45', reason: 'recount' });

    const raw = await t.http().get('/api/reports/quarterly/2024-Q3/published?format=md').expect(200);
    expect(sha256(raw.text)).toBe(receipt.contentHash);
    expect(raw.headers).toMatchObject({
      'x-content-hash': receipt.contentHash,
      'x-published-content-hash': receipt.contentHash,
      'x-report-as-of': receipt.asOf,
      'x-changes-since-publication': '3',
      'content-type': 'text/markdown; charset=utf-8',
    });
  });

  it('starts afresh when published again', async () => {
    await t.http().post('/api/reports/quarterly/2024-Q3/publish').expect(201);
    const latest = (await t.http().get('/api/reports/quarterly/2024-Q3/published').expect(200)).body;
    expect(latest.changesSincePublication).toEqual([]);
    expect(latest.content).toContain('In Nigeria');
  });

  it('publishes once per Idempotency-Key', async () => {
    const first = (await t.http().post('/api/reports/quarterly/2024-Q2/publish').set('Idempotency-Key', 'publish-q2').expect(201)).body;
    const retry = (await t.http().post('/api/reports/quarterly/2024-Q2/publish').set('Idempotency-Key', 'publish-q2').expect(201)).body;
    expect(retry).toEqual(first);
  });

  it('rejects a malformed quarter or format and a quarter that has not begun', async () => {
    const badQuarter = await t.http().post('/api/reports/quarterly/Q3-2024/publish').expect(400);
    expect(badQuarter.body.errors.map((error: { field: string }) => error.field)).toEqual(['quarter']);
    const badFormat = await t.http().get('/api/reports/quarterly/2024-Q3/published?format=pdf').expect(400);
    expect(badFormat.body.errors.map((error: { field: string }) => error.field)).toEqual(['format']);
    const future = await t.http().post('/api/reports/quarterly/2999-Q1/publish').expect(409);
    expect(future.body.message).toMatch(/cannot be published before the quarter begins/);
    await t.http().get('/api/reports/quarterly/2999-Q1/published').expect(404);
  });
});
