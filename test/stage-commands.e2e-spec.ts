import {
  Body,
  NEXT_YEAR_DATE,
  STAGE_COMMANDS,
  StageCommand,
  stageCommand,
  stageCommandClient,
  today,
  UUID,
} from './support/stage-command-client';
import { startTestApp, TestApp } from './support/test-app';

const HAPPENED = STAGE_COMMANDS.filter((command) => command.path !== 'plan-activity');

describe('stage and planning commands over HTTP', () => {
  let t: TestApp;
  beforeAll(async () => (t = await startTestApp()));
  afterAll(() => t.close());
  const { directory, store, untouchedCountry, post, streamOf, prepared, expectNothingWrittenAfter } = stageCommandClient(() => t);

  describe.each(STAGE_COMMANDS)('POST /api/countries/:code/$path', (command) => {
    it('records the event and answers with where it landed', async () => {
      const country = await prepared(command);
      const response = await post(country, command.path, command.body).expect(201);

      const revision = command.prepare.length;
      expect(response.body).toEqual({ eventId: expect.stringMatching(UUID), country, revision, position: expect.any(Number) });
      const businessDate = command.type === 'ActivityPlanned' ? { date: today() } : {};
      expect((await streamOf(country)).at(-1)).toMatchObject({
        eventId: response.body.eventId,
        type: command.type,
        revision,
        position: response.body.position,
        data: { country, ...businessDate, ...command.body },
        metadata: { actor: 'officer-jane', recordedAt: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/) },
      });
    });

    it('accepts a lower-case alpha-2 code and normalises it to alpha-3', async () => {
      const country = await prepared(command);
      const response = await post(directory.resolve(country).alpha2.toLowerCase(), command.path, command.body).expect(201);
      expect(response.body.country).toBe(country);
      expect((await streamOf(country)).at(-1)?.type).toBe(command.type);
    });

    it('answers 404 with a clear message for an unknown country, writing nothing', async () => {
      const head = await store().headPosition();
      for (const code of ['ZZ', 'qqq', 'FRANCE']) {
        const response = await post(code, command.path, command.body).expect(404);
        expect(response.body.message).toMatch(new RegExp(`Unknown country code "${code}".*alpha-2 or alpha-3`));
      }
      expect(await store().headPosition()).toBe(head);
    });

    it('answers 400 naming the body when the JSON is malformed, writing nothing', async () => {
      const country = await prepared(command);
      const response = await post(country, command.path, '{"date": "2024-10-15",').expect(400);
      expect(response.body.errors).toEqual([{ field: 'body', messages: [expect.stringMatching(/JSON/)] }]);
      await expectNothingWrittenAfter(country, command);
    });

    it('answers 400 naming the body when it is a JSON array, writing nothing', async () => {
      const country = await prepared(command);
      const response = await post(country, command.path, JSON.stringify([command.body])).expect(400);
      expect(response.body.errors).toEqual([{ field: 'body', messages: [expect.stringMatching(/JSON object/)] }]);
      await expectNothingWrittenAfter(country, command);
    });

    it('answers 400 for an unknown field, writing nothing', async () => {
      const country = await prepared(command);
      const response = await post(country, command.path, { ...command.body, priority: 'high' }).expect(400);
      expect(response.body.errors).toEqual([{ field: 'priority', messages: ['property priority should not exist'] }]);
      await expectNothingWrittenAfter(country, command);
    });
  });

  const INVALID_BODIES: [string, string[], Body][] = [
    ['initiate-assistance', ['date', 'extra', 'summary'], { date: '2024-02-30', summary: 42, extra: true }],
    ['initiate-assistance', ['date'], { date: 20241015 }],
    ['draft-framework', ['date', 'note', 'title'], { title: '', note: 7 }],
    ['adopt-framework', ['date', 'instrument'], { date: '15/11/2024', instrument: ['Decree'] }],
    ['complete-assistance', ['date', 'outcome'], { date: '2024-11-31' }],
    ['complete-assistance', ['outcome'], { date: '2024-11-30', outcome: 'x'.repeat(1001) }],
    ['hold-event', ['date', 'kind', 'role', 'title'], {}],
    ['hold-event', ['date', 'kind', 'role'], { date: '2023-02-29', title: 'Summit', kind: 'party', role: 'hosted' }],
    ['plan-activity', ['date', 'kind', 'plannedFor', 'title'], { plannedFor: '2025-Q5', kind: 'nap', title: 5, date: '2024-01-01' }],
    ['plan-activity', ['plannedFor'], { plannedFor: 2025, kind: 'training', title: 'ToT' }],
  ];

  it.each(INVALID_BODIES)('POST %s answers 400 listing %j, writing nothing', async (path, fields, body) => {
    const command = stageCommand(path);
    const country = await prepared(command);
    const response = await post(country, path, body).expect(400);
    expect(response.body.errors.map((error: { field: string }) => error.field).sort()).toEqual(fields);
    for (const error of response.body.errors) expect(error.messages.length).toBeGreaterThan(0);
    for (const field of fields) expect(response.body.message).toContain(field);
    await expectNothingWrittenAfter(country, command);
  });

  it('accepts 29 February in a leap year', async () => {
    const response = await post(untouchedCountry(), 'hold-event', { ...stageCommand('hold-event').body, date: '2024-02-29' });
    expect(response.status).toBe(201);
  });

  describe('business rules answer 409 with a message a person understands, writing nothing', () => {
    async function expectConflict(command: StageCommand, body: Body, message: RegExp, field?: string): Promise<void> {
      const country = await prepared(command);
      const response = await post(country, command.path, body).expect(409);
      expect(response.body.message).toMatch(message);
      if (field) expect(response.body.errors).toEqual([{ field, messages: [response.body.message] }]);
      await expectNothingWrittenAfter(country, command);
    }
    const withoutPreparation = (path: string) => ({ ...stageCommand(path), prepare: [] });

    it('cannot adopt a framework that was never drafted', () =>
      expectConflict(withoutPreparation('adopt-framework'), { date: '2024-11-28' }, /cannot be adopted before it was drafted/));

    it('cannot adopt a framework on a date before its draft', () =>
      expectConflict(stageCommand('adopt-framework'), { date: '2024-05-01' }, /earlier than the draft framework of 2024-05-10/, 'date'));

    it('cannot initiate assistance twice while it is active', () =>
      expectConflict(
        { ...stageCommand('initiate-assistance'), prepare: [['initiate-assistance', { date: '2024-01-10' }]] },
        { date: '2024-10-15' },
        /already active \(initiated on 2024-01-10\); complete it before initiating it again/,
      ));

    it('cannot complete assistance that was never initiated', () =>
      expectConflict(withoutPreparation('complete-assistance'), stageCommand('complete-assistance').body, /no active technical assistance/));

    it('cannot plan an activity for a quarter that has already ended', () =>
      expectConflict(
        stageCommand('plan-activity'),
        { ...stageCommand('plan-activity').body, plannedFor: '2020-Q1' },
        /2020-Q1, which has already ended/,
        'plannedFor',
      ));

    it.each(HAPPENED)('$path cannot be dated in the future', (command) =>
      expectConflict(command, { ...command.body, date: NEXT_YEAR_DATE }, /is in the future/, 'date'));

    it.each(HAPPENED)('$path cannot be dated before 2008', (command) =>
      expectConflict(command, { ...command.body, date: '2007-12-31' }, /before 2008-01-01/, 'date'));
  });

  it('walks a country through every stage and into a second round of assistance', async () => {
    const country = untouchedCountry();
    const steps: [string, Body][] = [
      ['initiate-assistance', { date: '2019-03-01' }],
      ['draft-framework', { date: '2020-02-01' }],
      ['adopt-framework', { date: '2021-05-20', instrument: 'Act No. 7' }],
      ['complete-assistance', { date: '2022-01-31', outcome: 'Framework in force' }],
      ['initiate-assistance', { date: '2024-09-01', summary: 'Second phase' }],
    ];
    const revisions: number[] = [];
    for (const [path, body] of steps) revisions.push((await post(country, path, body).expect(201)).body.revision);
    expect(revisions).toEqual([0, 1, 2, 3, 4]);
    expect((await streamOf(country)).map((event) => event.type)).toEqual([
      'AssistanceInitiated',
      'FrameworkDrafted',
      'FrameworkAdopted',
      'AssistanceCompleted',
      'AssistanceInitiated',
    ]);
  });
});
