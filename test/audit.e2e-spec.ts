import { Logger } from '@nestjs/common';
import request from 'supertest';
import { AUDIT_EVENTS_SCANNED, AuditLog } from '../src/audit/audit-log.service';
import { UserAccountStore } from '../src/auth/user-account.store';
import { startTestApp, TestApp } from './support/test-app';

type Entry = { eventId: string; actor: string; action: string; type: string; countries: string[]; date?: string; target?: { eventId: string; type?: string }; reason?: string; recordedAt: string };

describe('audit trail', () => {
  let t: TestApp;
  beforeAll(async () => (t = await startTestApp()));
  afterAll(() => t.close());

  const audit = async (query: string) => (await t.http('auditor').get(`/api/audit${query}`).expect(200)).body as Entry[];

  it('lists who recorded, corrected, retracted and published what, newest first', async () => {
    const training = await t.http('amina').post('/api/countries/SEN/hold-training').send({ date: '2024-11-12', title: 'ToT', audience: 'educators', participants: 20 }).expect(201);
    await t.http('jonas').post('/api/countries/SEN/correct-milestone').send({ eventId: training.body.eventId, changes: { participants: 25 }, reason: 'Sheet arrived' }).expect(201);
    await t.http('jonas').post('/api/countries/SN/retract-milestone').send({ eventId: training.body.eventId, reason: 'Wrong country' }).expect(201);
    const regional = await t.http('amina').post('/api/regional-activities').send({ countries: ['SEN', 'GHA'], date: '2024-11-26', kind: 'workshop', title: 'Regional workshop' }).expect(201);
    await t.http('boss').post('/api/reports/quarterly/2024-Q4/publish').expect(201);

    const senegal = await audit('?country=SN');
    expect(senegal.map((entry) => [entry.action, entry.actor, entry.type])).toEqual([
      ['recorded', 'amina', 'RegionalActivityHeld'],
      ['retracted', 'jonas', 'MilestoneRetracted'],
      ['corrected', 'jonas', 'MilestoneCorrected'],
      ['recorded', 'amina', 'TrainingHeld'],
    ]);
    expect(senegal[0]).toMatchObject({ eventId: regional.body.eventId, countries: ['SEN', 'GHA'], date: '2024-11-26' });
    expect(senegal[1]).toMatchObject({ target: { eventId: training.body.eventId, type: 'TrainingHeld' }, reason: 'Wrong country' });
    expect((await audit('?actor=boss')).map((entry) => [entry.action, entry.date])).toEqual([['published', '2024-Q4']]);
  });

  it('filters by the day the change was recorded', async () => {
    const today = new Date().toISOString().slice(0, 10);
    expect((await audit(`?actor=amina&from=${today}&to=${today}`)).length).toBe(2);
    expect(await audit('?actor=amina&to=2020-01-01')).toEqual([]);
    expect(await audit(`?actor=amina&from=${new Date(Date.now() + 60_000).toISOString()}`)).toEqual([]);
  });

  it('links a page to the older entries, in the API and on the audit page', async () => {
    for (const title of ['Summit one', 'Summit two', 'Summit three']) {
      await t.http('paula').post('/api/countries/MLT/hold-event').send({ date: '2024-11-14', title, kind: 'summit', role: 'organised' }).expect(201);
    }
    const first = await t.http('auditor').get('/api/audit?actor=paula&limit=2').expect(200);
    const next = /^<([^>]+)>; rel="next"$/.exec(first.headers.link)?.[1];
    const second = await t.http('auditor').get(next!).expect(200);

    expect(next).toBe(`/api/audit?actor=paula&limit=2&before=${(first.body as { position: number }[])[1].position}`);
    expect([...first.body, ...second.body].map((entry: Entry) => entry.eventId)).toEqual((await audit('?actor=paula')).map((entry) => entry.eventId));
    expect(second.body).toHaveLength(1);
    expect(second.headers.link).toBeUndefined();

    const auditLog = t.app.get(AuditLog);
    auditLog.scanLimit = 1;
    try {
      const page = await t.http('auditor').get('/audit-trail?actor=paula').expect(200);
      expect(page.text).toContain('<td>paula</td>');
      expect(page.text).toMatch(/<a rel="next" href="\/audit-trail\?actor=paula&amp;before=\d+">Older changes<\/a>/);
    } finally {
      auditLog.scanLimit = AUDIT_EVENTS_SCANNED;
    }
  });

  it('names a bad filter and an unknown country', async () => {
    const bad = await t.http().get('/api/audit?from=yesterday&limit=0&before=soon').expect(400);
    expect(bad.body.errors.map((error: { field: string }) => error.field).sort()).toEqual(['before', 'from', 'limit']);
    await t.http().get('/api/audit?country=XX').expect(404);
  });
});

describe('the first start', () => {
  it('without demo data, creates nobody and says how to create the first admin', async () => {
    const warnings = jest.spyOn(Logger.prototype, 'warn');
    const t = await startTestApp();
    try {
      expect(warnings.mock.calls.map(([message]) => String(message))).toContain(
        'No users yet. Create the first admin with: npm run user -- add --name <your-name> --role admin',
      );
    } finally {
      warnings.mockRestore();
      await t.close();
    }
  });

  it('with demo data, creates demo users whose random passwords are printed once and sign in', async () => {
    const warnings = jest.spyOn(Logger.prototype, 'warn');
    const t = await startTestApp({ seedDemo: true });
    try {
      const printed = warnings.mock.calls.map(([message]) => String(message)).find((message) => message.startsWith('Demo users created'))!;
      const passwords = Object.fromEntries([...printed.matchAll(/^ {2}(demo-\w+)\s+(\S+)/gm)].map((match) => [match[1], match[2]]));
      expect(Object.keys(passwords).sort()).toEqual(['demo-admin', 'demo-manager', 'demo-officer']);
      expect(new Set(Object.values(passwords)).size).toBe(3);
      expect(t.app.get(UserAccountStore).findUser('demo-officer')).toMatchObject({ roles: ['officer'], regions: ['AFR', 'AMS', 'ARB', 'ASP', 'CIS', 'EUR'] });
      const agent = request.agent(t.app.getHttpServer());
      const csrf = /name="_csrf" value="([^"]+)"/.exec((await agent.get('/signin')).text)![1];
      await agent.post('/signin').type('form').send({ name: 'demo-manager', password: passwords['demo-manager'], _csrf: csrf }).expect(303);
      expect((await agent.get('/api/me').expect(200)).body).toMatchObject({ name: 'demo-manager', roles: ['manager'] });
    } finally {
      warnings.mockRestore();
      await t.close();
    }
  });
});
