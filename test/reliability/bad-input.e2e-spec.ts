import fc from 'fast-check';
import { commandCatalogue, CommandSpec } from './support/command-catalogue';
import { ListeningApp, post, Reply, startListeningApp } from './support/listening-app';
import { malformedBody, notAJsonObject } from './support/malformed-bodies';
import { reliabilityScale } from './support/reliability-scale';
import { eventCount } from './support/store-file';

const { badInputRunsPerCommand: RUNS } = reliabilityScale();
type FieldError = { field: unknown; messages: unknown };

function fieldErrorsOf(reply: Reply): FieldError[] {
  const errors = reply.body.errors;
  return Array.isArray(errors) ? (errors as FieldError[]) : [];
}

/** A 400 whose `errors` name fields, with a message each, and name every field the body broke. */
function expectRefusedNaming(reply: Reply, fields: string[], sent: string, status = 400): void {
  const errors = fieldErrorsOf(reply);
  const named = errors.map((error) => String(error.field));
  const context = `sent ${sent.slice(0, 300)} → ${reply.status} ${reply.text.slice(0, 400)}`;
  if (reply.status !== status) throw new Error(`Expected ${status}, ${context}`);
  if (errors.length === 0 || !errors.every((error) => typeof error.field === 'string' && Array.isArray(error.messages) && error.messages.length > 0)) {
    throw new Error(`Expected field errors, each with messages: ${context}`);
  }
  const missing = fields.filter((field) => !named.some((name) => name === field || name.startsWith(`${field}.`)));
  if (missing.length > 0) throw new Error(`Expected errors naming ${JSON.stringify(missing)}: ${context}`);
}

const expectRefusedWith = (reply: Reply, status: number, fields: string[]) => expectRefusedNaming(reply, fields, '(a raw body)', status);

describe(`bad input: ${RUNS} malformed bodies per command (fast-check)`, () => {
  let t: ListeningApp;
  let commands: CommandSpec[];
  let eventsBefore: number;

  beforeAll(async () => {
    t = await startListeningApp();
    const training = await post(t.baseUrl, '/api/countries/KEN/hold-training', { date: '2024-11-12', title: 'Training of Trainers', audience: 'educators', participants: 30 });
    expect(training.status).toBe(201);
    commands = commandCatalogue(String(training.body.eventId));
    eventsBefore = eventCount(t.config.sqlitePath);
  });
  afterAll(() => t.close());
  afterEach(() => expect(eventCount(t.config.sqlitePath)).toBe(eventsBefore));

  it('accepts the valid body of every command (so that refusals below are about the breakage)', async () => {
    for (const command of commandCatalogue('00000000-0000-4000-8000-000000000000')) {
      const dryRun = await post(t.baseUrl, command.path, { ...command.valid, unexpected: true });
      expect({ command: command.name, status: dryRun.status }).toEqual({ command: command.name, status: 400 });
      expect(fieldErrorsOf(dryRun).map((error) => error.field)).toEqual(['unexpected']);
    }
  });

  it.each(commandCatalogue('').map((command) => command.name))('%s: refuses every malformed body with 400 naming the fields', async (name) => {
    const command = commands.find((candidate) => candidate.name === name)!;
    await fc.assert(
      fc.asyncProperty(malformedBody(command), async ({ json, expectedFields }) => {
        expectRefusedNaming(await post(t.baseUrl, command.path, json), expectedFields, json);
      }),
      { numRuns: RUNS },
    );
  });

  it('refuses a body that is not a JSON object, for every command', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...commands), notAJsonObject, async (command, text) => {
        const reply = await post(t.baseUrl, command.path, text);
        if (reply.status !== 400 || fieldErrorsOf(reply).length === 0) {
          throw new Error(`Expected 400 with field errors for ${JSON.stringify(text)} → ${reply.status} ${reply.text.slice(0, 300)}`);
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('refuses malformed If-Match and Idempotency-Key headers, naming the header', async () => {
    const training = commands.find((command) => command.name === 'hold-training')!;
    const printable = fc.string({ unit: fc.integer({ min: 0x20, max: 0x7e }).map((code) => String.fromCharCode(code)), minLength: 1, maxLength: 40 });
    const badIfMatch = printable.filter((value) => !/^\s*(?:W\/)?"?(-1|\d{1,15})"?\s*$/.test(value) && value.trim() === value);
    const badKey = fc.oneof(fc.constant('x'.repeat(201)), printable.filter((value) => value.includes(' ') && value.trim() === value));
    await fc.assert(
      fc.asyncProperty(fc.oneof(badIfMatch.map((value) => ['If-Match', value]), badKey.map((value) => ['Idempotency-Key', value])), async ([header, value]) => {
        expectRefusedNaming(await post(t.baseUrl, training.path, training.valid, { [header]: value }), [header], `${header}: ${value}`);
      }),
      { numRuns: Math.ceil(RUNS / 2) },
    );
  });

  it('refuses a body over the size limit without writing', async () => {
    const training = commands.find((command) => command.name === 'hold-training')!;
    const reply = await post(t.baseUrl, training.path, { ...training.valid, note: 'x'.repeat(200_000) });
    expectRefusedWith(reply, 413, ['body']);
  });

  it('refuses a body it cannot decode (a gzip header over plain bytes)', async () => {
    const training = commands.find((command) => command.name === 'hold-training')!;
    const reply = await post(t.baseUrl, training.path, training.valid, { 'content-encoding': 'gzip' });
    expectRefusedWith(reply, 400, ['body']);
  });
});
