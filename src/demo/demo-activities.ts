import { BusinessDate } from '../country/domain/country.events';
import { AdoptFrameworkRequestDto } from '../country/adopt-framework/adopt-framework.request.dto';
import { CompleteAssistanceRequestDto } from '../country/complete-assistance/complete-assistance.request.dto';
import { DraftFrameworkRequestDto } from '../country/draft-framework/draft-framework.request.dto';
import { EstablishChildTaskforceRequestDto } from '../country/establish-child-taskforce/establish-child-taskforce.request.dto';
import { HoldChildConsultationRequestDto } from '../country/hold-child-consultation/hold-child-consultation.request.dto';
import { HoldEventRequestDto } from '../country/hold-event/hold-event.request.dto';
import { HoldTrainingRequestDto } from '../country/hold-training/hold-training.request.dto';
import { InitiateAssistanceRequestDto } from '../country/initiate-assistance/initiate-assistance.request.dto';
import { PlanActivityRequestDto } from '../country/plan-activity/plan-activity.request.dto';
import { TranslateGuidelinesRequestDto } from '../country/translate-guidelines/translate-guidelines.request.dto';
import { HoldRegionalActivityRequestDto } from '../regional-activity/hold-regional-activity/hold-regional-activity.request.dto';
import { DEMO_ACTIVITIES_2024_Q4 } from './demo-activities-2024-q4';
import { DEMO_HISTORY } from './demo-history';

/** The body a person would send to each per-country command route. */
export type CountryCommandPayloads = {
  'initiate-assistance': InitiateAssistanceRequestDto;
  'draft-framework': DraftFrameworkRequestDto;
  'adopt-framework': AdoptFrameworkRequestDto;
  'complete-assistance': CompleteAssistanceRequestDto;
  'hold-training': HoldTrainingRequestDto;
  'translate-guidelines': TranslateGuidelinesRequestDto;
  'establish-child-taskforce': EstablishChildTaskforceRequestDto;
  'hold-child-consultation': HoldChildConsultationRequestDto;
  'hold-event': HoldEventRequestDto;
  'plan-activity': PlanActivityRequestDto;
};
export type CountryCommandName = keyof CountryCommandPayloads;

/**
 * `loggedOn` is the day the programme officer recorded it; by default a few days after the business date.
 * A plan has no business date: it is logged on the day it was made.
 */
export type CountryDemoActivity = {
  [Name in CountryCommandName]: {
    command: Name;
    country: string;
    payload: CountryCommandPayloads[Name];
    loggedOn?: BusinessDate;
  };
}[CountryCommandName];

export type RegionalDemoActivity = {
  command: 'hold-regional-activity';
  payload: HoldRegionalActivityRequestDto;
  loggedOn?: BusinessDate;
};

export type DemoActivity = CountryDemoActivity | RegionalDemoActivity;

export const DEMO_ACTIVITIES: readonly DemoActivity[] = [...DEMO_HISTORY, ...DEMO_ACTIVITIES_2024_Q4];
