import { post, Reply } from './listening-app';

export type SentCommand = { path: string; body: Record<string, unknown>; idempotencyKey: string };

export type WriteLoad = {
  /** Event id of every command that got a 2xx, with the command that produced it. */
  acknowledged: Map<string, SentCommand>;
  /** Commands whose answer never arrived (the server died mid-request): their outcome is unknown. */
  inDoubt: SentCommand[];
  serverErrors: Reply[];
  stop(): Promise<void>;
};

const COUNTRIES = ['KEN', 'GHA', 'MLT', 'BRA', 'IDN', 'MDV', 'BHS', 'SUR', 'AND', 'LBN', 'MWI', 'ECU', 'FJI', 'NPL', 'UKR', 'JOR'];
const NEXT_YEAR_QUARTER = `${new Date().getUTCFullYear() + 1}-Q1`;

/** A realistic mix of commands; every one of them is valid on any country at any time. */
export function commandFor(sequence: number, runId: string): SentCommand {
  const country = COUNTRIES[sequence % COUNTRIES.length];
  const idempotencyKey = `${runId}-${sequence}`;
  const date = `2024-${String((sequence % 12) + 1).padStart(2, '0')}-${String((sequence % 27) + 1).padStart(2, '0')}`;
  const countryCommand = (command: string, body: Record<string, unknown>) => ({ path: `/api/countries/${country}/${command}`, body, idempotencyKey });
  switch (sequence % 6) {
    case 0:
      return countryCommand('hold-training', { date, title: `Training ${sequence}`, audience: 'educators', participants: 10 + (sequence % 90) });
    case 1:
      return countryCommand('hold-event', { date, title: `National COP Summit ${sequence}`, kind: 'summit', role: 'contributed' });
    case 2:
      return countryCommand('translate-guidelines', { date, language: 'French', presented: sequence % 4 === 0 });
    case 3:
      return countryCommand('plan-activity', { plannedFor: NEXT_YEAR_QUARTER, kind: 'training', title: `Follow-up ${sequence}` });
    case 4:
      return countryCommand('hold-child-consultation', { date, partner: 'University of Malta', participants: 25 });
    default:
      return {
        path: '/api/regional-activities',
        body: { countries: [country, COUNTRIES[(sequence + 5) % COUNTRIES.length]], date, kind: 'workshop', title: `Regional workshop ${sequence}`, participants: 60 },
        idempotencyKey,
      };
  }
}

/** Concurrent writers that keep sending commands until stopped or until the server stops answering. */
export function startWriteLoad(baseUrl: string, runId: string, writers: number, maxPerWriter = 5_000): WriteLoad {
  const acknowledged = new Map<string, SentCommand>();
  const inDoubt: SentCommand[] = [];
  const serverErrors: Reply[] = [];
  let stopped = false;
  let sequence = 0;
  const writer = async () => {
    for (let sent = 0; sent < maxPerWriter && !stopped; sent++) {
      const command = commandFor(sequence++, runId);
      try {
        const reply = await post(baseUrl, command.path, command.body, { 'Idempotency-Key': command.idempotencyKey });
        if (reply.status >= 500) serverErrors.push(reply);
        if (reply.status >= 200 && reply.status < 300) acknowledged.set(String(reply.body.eventId), command);
      } catch {
        inDoubt.push(command);
        return;
      }
    }
  };
  const running = Promise.all(Array.from({ length: writers }, writer));
  return {
    acknowledged,
    inDoubt,
    serverErrors,
    stop: async () => {
      stopped = true;
      await running;
    },
  };
}
