import { CountryDirectory } from '../countries/country-directory';
import { CountryNotFound } from '../shared/domain-errors';
import { CommandContext } from '../shared/command/command-context';
import { DEMO_ACTIVITIES, DemoActivity } from './demo-activities';
import { DEMO_ACTIVITIES_2024_Q4 } from './demo-activities-2024-q4';
import { DEMO_ACTOR, demoCommands, InvalidDemoActivity } from './demo-commands';

type BuiltCommand = { context: CommandContext; payload: { date?: string; plannedFor?: string }; country?: string };

const countries = new CountryDirectory();
const build = (activities: readonly DemoActivity[]) =>
  demoCommands(activities, countries) as unknown as BuiltCommand[];

describe('demo commands', () => {
  const commands = build(DEMO_ACTIVITIES);

  it('builds a valid command for every demo activity', () => {
    expect(commands).toHaveLength(DEMO_ACTIVITIES.length);
    expect(commands.every((command) => command.context.actor === DEMO_ACTOR)).toBe(true);
  });

  it('gives each command a deterministic, unique id', () => {
    const ids = commands.map((command) => command.context.commandId);
    expect(new Set(ids).size).toBe(ids.length);
    expect(build(DEMO_ACTIVITIES).map((command) => command.context.commandId)).toEqual(ids);
  });

  it('records every command after its business date, in increasing order', () => {
    const recordedAt = commands.map((command) => command.context.now);
    expect(recordedAt).toEqual([...recordedAt].sort());
    expect(new Set(recordedAt).size).toBe(recordedAt.length);
    const early = commands.filter((command) => command.payload.date && command.context.now.slice(0, 10) <= command.payload.date);
    expect(early).toEqual([]);
  });

  it('dates and logs the Q4 2024 report activities in that quarter', () => {
    const q4 = build(DEMO_ACTIVITIES_2024_Q4);
    const outside = q4.filter(
      (command) =>
        !command.context.now.startsWith('2024-1') ||
        (command.payload.date !== undefined && !command.payload.date.startsWith('2024-1')),
    );
    expect(outside).toEqual([]);
  });

  it('fails loudly, naming the fields, when a demo activity is invalid', () => {
    const invalid: DemoActivity = {
      command: 'hold-training',
      country: 'MDV',
      payload: { date: '2024-02-30', title: 'Training', audience: 'aliens' as 'educators' },
    };
    expect(() => build([invalid])).toThrow(InvalidDemoActivity);
    expect(() => build([invalid])).toThrow(/hold-training MDV.*date: .*audience: /);
  });

  it('rejects an unknown field as the HTTP edge would', () => {
    const extra = { command: 'draft-framework', country: 'BHS', payload: { date: '2024-11-28', draftedBy: 'x' } };
    expect(() => build([extra as DemoActivity])).toThrow(/draftedBy/);
  });

  it('rejects an unknown country', () => {
    expect(() => build([{ command: 'draft-framework', country: 'XYZ', payload: { date: '2024-11-28' } }])).toThrow(
      CountryNotFound,
    );
  });

  it('needs a logging day for a plan, which has no business date', () => {
    const plan: DemoActivity = {
      command: 'plan-activity',
      country: 'ECU',
      payload: { plannedFor: '2025-Q1', kind: 'child-consultation', title: 'Consultation workshops' },
    };
    expect(() => build([plan])).toThrow(/needs a loggedOn date/);
  });
});
