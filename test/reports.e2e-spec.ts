import JSZip from 'jszip';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Response } from 'supertest';
import { writeQuarterlyReport } from '../src/cli/report';
import { appendRecorded, BackdatedEvent } from '../src/reports/testing/append-recorded';
import { freshCountry, startTestApp, TestApp } from './support/test-app';

const sha256 = (bytes: Buffer | string) => createHash('sha256').update(bytes).digest('hex');

type ByteStream = { on(event: string, listener: (chunk: Buffer) => void): unknown };

/** Keeps the body as the bytes sent, whatever the content type. */
function collectBytes(response: ByteStream, done: (error: Error | null, body: Buffer) => void): void {
  const chunks: Buffer[] = [];
  response.on('data', (chunk) => chunks.push(chunk));
  response.on('end', () => done(null, Buffer.concat(chunks)));
}

describe('GET /api/reports/quarterly/:quarter', () => {
  let t: TestApp;
  let mdvTraining: string;

  const get = (path: string) => t.http().get(path).buffer(true).parse(collectBytes);
  const bytesOf = (response: Response) => response.body as Buffer;

  beforeAll(async () => {
    t = await startTestApp();
    ({ eventIds: [mdvTraining] } = await appendRecorded(t.app, 'country-MDV', [
      {
        type: 'TrainingHeld',
        data: { country: 'MDV', date: '2024-11-12', title: 'Training of Trainers for Educators', audience: 'educators', participants: 25 },
        recordedAt: '2024-12-03T09:00:00.000Z',
      },
    ]));
    await appendRecorded(t.app, 'country-BHS', [
      { type: 'FrameworkDrafted', data: { country: 'BHS', date: '2024-11-28' }, recordedAt: '2024-11-29T10:00:00.000Z' },
    ]);
    await appendRecorded(t.app, 'country-SUR', [
      { type: 'FrameworkDrafted', data: { country: 'SUR', date: '2024-12-10' }, recordedAt: '2025-01-10T08:00:00.000Z' },
    ]);
    await appendRecorded(t.app, 'country-MDV', [
      {
        type: 'MilestoneCorrected',
        data: {
          country: 'MDV',
          eventId: mdvTraining,
          milestoneType: 'TrainingHeld',
          previous: { country: 'MDV', date: '2024-11-12', title: 'Training of Trainers for Educators', audience: 'educators', participants: 25 },
          changes: { participants: 31 },
          reason: 'late sign-in sheet',
        },
        recordedAt: '2025-01-20T08:00:00.000Z',
      },
    ]);
  });
  afterAll(() => t.close());

  it('answers json by default, shown inline, with a content hash', async () => {
    const response = await get('/api/reports/quarterly/2024-Q4').expect(200);
    expect(response.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(response.headers['content-disposition']).toBe('inline; filename="cop-activity-report-2024-Q4.json"');
    expect(response.headers['x-content-hash']).toBe(sha256(bytesOf(response)));
    const report = JSON.parse(bytesOf(response).toString('utf8'));
    expect(report.parts[0].sections.map((section: { title: string }) => section.title)).toEqual(['Capacity building', 'National COP frameworks']);
    expect(report.activities).toHaveLength(3);
  });

  it.each([
    ['md', 'text/markdown; charset=utf-8', 'inline'],
    ['html', 'text/html; charset=utf-8', 'inline'],
    ['csv', 'text/csv; charset=utf-8; header=present', 'attachment'],
    ['docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', 'attachment'],
  ])('renders %s with its content type and file name', async (format, contentType, disposition) => {
    const response = await get(`/api/reports/quarterly/2024-Q4?format=${format}`).expect(200);
    expect(response.headers['content-type']).toBe(contentType);
    expect(response.headers['content-disposition']).toBe(`${disposition}; filename="cop-activity-report-2024-Q4.${format}"`);
    expect(Number(response.headers['content-length'])).toBe(bytesOf(response).length);
  });

  it('sends a Word document that opens and holds the numbered sections', async () => {
    const response = await get('/api/reports/quarterly/2024-Q4?format=docx').expect(200);
    const xml = await (await JSZip.loadAsync(bytesOf(response))).file('word/document.xml')!.async('string');
    expect(xml).toContain('1.1 Capacity building');
    expect(xml).toContain('1.2 National COP frameworks');
    expect(xml).toContain('In the Bahamas and Suriname, ITU delivered a draft national framework.');
  });

  it('renders the quarter as it was known at an instant', async () => {
    const before = bytesOf(await get('/api/reports/quarterly/2024-Q4?format=md&asOf=2025-01-01T00:00:00Z').expect(200)).toString();
    expect(before).toContain('- In the Bahamas, ITU delivered a draft national framework.');
    expect(before).toContain('reaching 25 participants.\n');
    expect(before).toContain('_As recorded up to 1 January 2025, 00:00:00 UTC._');

    const beforeCorrection = bytesOf(await get('/api/reports/quarterly/2024-Q4?format=md&asOf=2025-01-15T00:00:00%2B00:00').expect(200)).toString();
    expect(beforeCorrection).toContain('- In the Bahamas and Suriname, ITU delivered a draft national framework.');
    expect(beforeCorrection).toContain('reaching 25 participants.\n');

    const now = bytesOf(await get('/api/reports/quarterly/2024-Q4?format=md').expect(200)).toString();
    expect(now).toContain('- In the Maldives, the Training of Trainers for Educators was held, reaching 31 participants.†');
  });

  it('gives the same bytes for the same quarter and instant, in every format', async () => {
    for (const format of ['json', 'md', 'html', 'csv', 'docx']) {
      const path = `/api/reports/quarterly/2024-Q4?format=${format}&asOf=2025-01-15T00:00:00.000Z`;
      const [first, second] = [bytesOf(await get(path).expect(200)), bytesOf(await get(path).expect(200))];
      expect(second.equals(first)).toBe(true);
    }
  });

  it.each([
    ['/api/reports/quarterly/2024-Q5', 'quarter'],
    ['/api/reports/quarterly/2024-Q4?format=pdf', 'format'],
    ['/api/reports/quarterly/2024-Q4?asOf=yesterday', 'asOf'],
    ['/api/reports/quarterly/2024-Q4?asOf=2025-01-05', 'asOf'],
    ['/api/reports/quarterly/2024-Q4?asOf=2025-02-30T00:00:00Z', 'asOf'],
    ['/api/reports/quarterly/2024-Q4?colour=blue', 'colour'],
  ])('rejects %s naming the field', async (path, field) => {
    const response = await t.http().get(path).expect(400);
    expect(response.body.errors.map((error: { field: string }) => error.field)).toEqual([field]);
  });

  it('gives an empty quarter a report that says so', async () => {
    const markdown = (await t.http().get('/api/reports/quarterly/2019-Q2?format=md').expect(200)).text;
    expect(markdown).toContain('No activities were recorded between April and June 2019.');
  });

  describe('the report CLI', () => {
    let outDir: string;
    beforeAll(() => (outDir = mkdtempSync(join(tmpdir(), 'ta-report-cli-'))));
    afterAll(() => rmSync(outDir, { recursive: true, force: true }));

    it('writes, without the server, the bytes the server sends, as of an instant and as the log stands', async () => {
      const asOf = '2025-01-15T00:00:00.000Z';
      const docx = await writeQuarterlyReport(t.config, { quarter: '2024-Q4', format: 'docx', outDir, asOf });
      expect(docx.path).toBe(join(outDir, 'cop-activity-report-2024-Q4.docx'));
      const served = bytesOf(await get(`/api/reports/quarterly/2024-Q4?format=docx&asOf=${asOf}`).expect(200));
      expect(readFileSync(docx.path).equals(served)).toBe(true);

      const markdown = await writeQuarterlyReport(t.config, { quarter: '2024-Q4', format: 'md', outDir });
      const fromReadModel = bytesOf(await get('/api/reports/quarterly/2024-Q4?format=md').expect(200));
      expect(readFileSync(markdown.path).equals(fromReadModel)).toBe(true);
    });

    it('refuses to invent an empty store', async () => {
      await expect(
        writeQuarterlyReport({ ...t.config, sqlitePath: join(outDir, 'missing.db') }, { quarter: '2024-Q4', format: 'md', outDir }),
      ).rejects.toThrow(/No event store at/);
    });
  });
});

describe('GET /api/reports/quarterly/:quarter with If-None-Match', () => {
  let t: TestApp;
  const training = (country: string, date: string): BackdatedEvent => ({
    type: 'TrainingHeld',
    data: { country, date, title: 'Training of Trainers for Educators', audience: 'educators', participants: 12 },
    recordedAt: `${date}T12:00:00.000Z`,
  });

  beforeAll(async () => (t = await startTestApp()));
  afterAll(() => t.close());

  it('answers 304 without a body while the report is the same bytes, and 200 with a new ETag once it changes', async () => {
    const country = freshCountry();
    await appendRecorded(t.app, `country-${country}`, [training(country, '2019-08-01')]);
    const first = await t.http().get('/api/reports/quarterly/2019-Q3').expect(200);
    expect(first.headers.etag).toBe(`"${first.headers['x-content-hash']}"`);

    const unchanged = await t.http().get('/api/reports/quarterly/2019-Q3').set('If-None-Match', first.headers.etag).expect(304);
    expect(unchanged.text ?? '').toBe('');
    await t.http().get('/api/reports/quarterly/2019-Q3?format=md').set('If-None-Match', first.headers.etag).expect(200);

    await appendRecorded(t.app, `country-${country}`, [training(country, '2019-08-02')]);
    const changed = await t.http().get('/api/reports/quarterly/2019-Q3').set('If-None-Match', first.headers.etag).expect(200);
    expect(changed.headers.etag).not.toBe(first.headers.etag);
    expect(changed.body.activities).toHaveLength(2);
  });
});
