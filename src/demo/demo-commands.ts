import { Command } from '@nestjs/cqrs';
import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { createHash } from 'node:crypto';
import { CountryDirectory } from '../countries/country-directory';
import { AdoptFrameworkCommand } from '../country/adopt-framework/adopt-framework.command';
import { AdoptFrameworkRequestDto } from '../country/adopt-framework/adopt-framework.request.dto';
import { CompleteAssistanceCommand } from '../country/complete-assistance/complete-assistance.command';
import { CompleteAssistanceRequestDto } from '../country/complete-assistance/complete-assistance.request.dto';
import { DraftFrameworkCommand } from '../country/draft-framework/draft-framework.command';
import { DraftFrameworkRequestDto } from '../country/draft-framework/draft-framework.request.dto';
import { EstablishChildTaskforceCommand } from '../country/establish-child-taskforce/establish-child-taskforce.command';
import { EstablishChildTaskforceRequestDto } from '../country/establish-child-taskforce/establish-child-taskforce.request.dto';
import { HoldChildConsultationCommand } from '../country/hold-child-consultation/hold-child-consultation.command';
import { HoldChildConsultationRequestDto } from '../country/hold-child-consultation/hold-child-consultation.request.dto';
import { HoldEventCommand } from '../country/hold-event/hold-event.command';
import { HoldEventRequestDto } from '../country/hold-event/hold-event.request.dto';
import { HoldTrainingCommand } from '../country/hold-training/hold-training.command';
import { HoldTrainingRequestDto } from '../country/hold-training/hold-training.request.dto';
import { InitiateAssistanceCommand } from '../country/initiate-assistance/initiate-assistance.command';
import { InitiateAssistanceRequestDto } from '../country/initiate-assistance/initiate-assistance.request.dto';
import { PlanActivityCommand } from '../country/plan-activity/plan-activity.command';
import { PlanActivityRequestDto } from '../country/plan-activity/plan-activity.request.dto';
import { TranslateGuidelinesCommand } from '../country/translate-guidelines/translate-guidelines.command';
import { TranslateGuidelinesRequestDto } from '../country/translate-guidelines/translate-guidelines.request.dto';
import { flattenValidationErrors } from '../http/validation';
import { HoldRegionalActivityCommand } from '../regional-activity/hold-regional-activity/hold-regional-activity.command';
import { HoldRegionalActivityRequestDto } from '../regional-activity/hold-regional-activity/hold-regional-activity.request.dto';
import { CommandContext, CommandResult } from '../shared/command/command-context';
import { eventIdFor } from '../shared/command/event-ids';
import { CountryCommandName, CountryCommandPayloads, DemoActivity } from './demo-activities';

export const DEMO_ACTOR = 'demo-seed';
export const DEMO_CORRELATION_ID = 'demo-seed-cop-2024-q4';
const DAYS_BEFORE_LOGGING = 3;
const DAY_MS = 86_400_000;

type CountryCommandFactory<Payload> = {
  dto: new () => Payload;
  create: (country: string, payload: Payload, context: CommandContext) => Command<CommandResult>;
};

const COUNTRY_COMMANDS: { [Name in CountryCommandName]: CountryCommandFactory<CountryCommandPayloads[Name]> } = {
  'initiate-assistance': { dto: InitiateAssistanceRequestDto, create: (...args) => new InitiateAssistanceCommand(...args) },
  'draft-framework': { dto: DraftFrameworkRequestDto, create: (...args) => new DraftFrameworkCommand(...args) },
  'adopt-framework': { dto: AdoptFrameworkRequestDto, create: (...args) => new AdoptFrameworkCommand(...args) },
  'complete-assistance': { dto: CompleteAssistanceRequestDto, create: (...args) => new CompleteAssistanceCommand(...args) },
  'hold-training': { dto: HoldTrainingRequestDto, create: (...args) => new HoldTrainingCommand(...args) },
  'translate-guidelines': { dto: TranslateGuidelinesRequestDto, create: (...args) => new TranslateGuidelinesCommand(...args) },
  'establish-child-taskforce': {
    dto: EstablishChildTaskforceRequestDto,
    create: (...args) => new EstablishChildTaskforceCommand(...args),
  },
  'hold-child-consultation': {
    dto: HoldChildConsultationRequestDto,
    create: (...args) => new HoldChildConsultationCommand(...args),
  },
  'hold-event': { dto: HoldEventRequestDto, create: (...args) => new HoldEventCommand(...args) },
  'plan-activity': { dto: PlanActivityRequestDto, create: (...args) => new PlanActivityCommand(...args) },
};

export class InvalidDemoActivity extends Error {}

/** The instant a demo activity is logged: its logging day, one second apart per command, in file order. */
export function recordedAtOf(activity: DemoActivity, order: number): string {
  const date = 'date' in activity.payload ? activity.payload.date : undefined;
  const loggedOn = activity.loggedOn ?? (date && new Date(Date.parse(date) + DAYS_BEFORE_LOGGING * DAY_MS).toISOString().slice(0, 10));
  if (!loggedOn) throw new InvalidDemoActivity(`Demo activity ${order + 1} (${activity.command}) needs a loggedOn date`);
  return new Date(Date.parse(`${loggedOn}T09:00:00.000Z`) + order * 1000).toISOString();
}

/** Activities in the order they were logged, as a person would have recorded them. */
export function inLoggingOrder(activities: readonly DemoActivity[]): DemoActivity[] {
  const logged = activities.map((activity, order) => ({ activity, at: recordedAtOf(activity, order).slice(0, 10) }));
  return logged.sort((a, b) => a.at.localeCompare(b.at)).map(({ activity }) => activity);
}

/** Validated commands for every demo activity; throws before anything is written if one is invalid. */
export function demoCommands(activities: readonly DemoActivity[], countries: CountryDirectory): Command<CommandResult>[] {
  return inLoggingOrder(activities).map((activity, order) => {
    const label = `Demo activity ${order + 1} (${activity.command}${'country' in activity ? ` ${activity.country}` : ''})`;
    const context = demoContext(activity, order);
    if (activity.command === 'hold-regional-activity') {
      const payload = validated(HoldRegionalActivityRequestDto, activity.payload, label);
      payload.countries = payload.countries.map((code) => countries.resolve(code).code);
      if (payload.host) payload.host = countries.resolve(payload.host).code;
      return new HoldRegionalActivityCommand(eventIdFor(context, 0), payload, context);
    }
    const factory = COUNTRY_COMMANDS[activity.command] as CountryCommandFactory<object>;
    const payload = validated(factory.dto, activity.payload, label);
    return factory.create(countries.resolve(activity.country).code, payload, context);
  });
}

function validated<Payload extends object>(dto: new () => Payload, plain: object, label: string): Payload {
  const payload = plainToInstance(dto, plain);
  const errors = validateSync(payload, { whitelist: true, forbidNonWhitelisted: true });
  if (errors.length > 0) {
    const fields = flattenValidationErrors(errors).map((error) => `${error.field}: ${error.messages.join(', ')}`);
    throw new InvalidDemoActivity(`${label} is invalid: ${fields.join('; ')}`);
  }
  return payload;
}

function demoContext(activity: DemoActivity, order: number): CommandContext {
  const country = 'country' in activity ? activity.country.toLowerCase() : 'regional';
  const commandId = `${DEMO_ACTOR}-${String(order + 1).padStart(3, '0')}-${activity.command}-${country}`;
  return {
    now: recordedAtOf(activity, order),
    actor: DEMO_ACTOR,
    commandId,
    correlationId: DEMO_CORRELATION_ID,
    causationId: DEMO_CORRELATION_ID,
    idempotencyKey: commandId,
    requestHash: createHash('sha256').update(JSON.stringify(activity)).digest('hex'),
  };
}
