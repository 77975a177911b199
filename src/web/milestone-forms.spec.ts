import { getMetadataStorage } from 'class-validator';
import { AdoptFrameworkRequestDto } from '../country/adopt-framework/adopt-framework.request.dto';
import { CompleteAssistanceRequestDto } from '../country/complete-assistance/complete-assistance.request.dto';
import { CorrectMilestoneRequestDto } from '../country/correct-milestone/correct-milestone.request.dto';
import { DraftFrameworkRequestDto } from '../country/draft-framework/draft-framework.request.dto';
import { EstablishChildTaskforceRequestDto } from '../country/establish-child-taskforce/establish-child-taskforce.request.dto';
import { HoldChildConsultationRequestDto } from '../country/hold-child-consultation/hold-child-consultation.request.dto';
import { HoldEventRequestDto } from '../country/hold-event/hold-event.request.dto';
import { HoldTrainingRequestDto } from '../country/hold-training/hold-training.request.dto';
import { InitiateAssistanceRequestDto } from '../country/initiate-assistance/initiate-assistance.request.dto';
import { PlanActivityRequestDto } from '../country/plan-activity/plan-activity.request.dto';
import { RetractMilestoneRequestDto } from '../country/retract-milestone/retract-milestone.request.dto';
import { TranslateGuidelinesRequestDto } from '../country/translate-guidelines/translate-guidelines.request.dto';
import { HoldRegionalActivityRequestDto } from '../regional-activity/hold-regional-activity/hold-regional-activity.request.dto';
import { MILESTONE_FORMS } from './milestone-forms';
import { upcomingQuarters } from './milestone-form.view';

const REQUEST_DTO_OF: Record<string, new () => object> = {
  'initiate-assistance': InitiateAssistanceRequestDto,
  'draft-framework': DraftFrameworkRequestDto,
  'adopt-framework': AdoptFrameworkRequestDto,
  'complete-assistance': CompleteAssistanceRequestDto,
  'hold-training': HoldTrainingRequestDto,
  'translate-guidelines': TranslateGuidelinesRequestDto,
  'establish-child-taskforce': EstablishChildTaskforceRequestDto,
  'hold-child-consultation': HoldChildConsultationRequestDto,
  'hold-event': HoldEventRequestDto,
  'plan-activity': PlanActivityRequestDto,
  'regional-activity': HoldRegionalActivityRequestDto,
  'correct-milestone': CorrectMilestoneRequestDto,
  'retract-milestone': RetractMilestoneRequestDto,
};

/** Fields the revision forms send from the chosen timeline entry instead of a visible field. */
const SENT_BESIDE_THE_FIELDS: Record<string, string[]> = {
  'correct-milestone': ['eventId', 'changes'],
  'retract-milestone': ['eventId'],
};

function rulesOf(dto: new () => object) {
  const metadata = getMetadataStorage().getTargetValidationMetadatas(dto, '', true, false);
  const properties = new Set(metadata.map((rule) => rule.propertyName));
  const optional = new Set(metadata.filter((rule) => rule.type === 'conditionalValidation').map((rule) => rule.propertyName));
  const allowed = (property: string) => metadata.find((rule) => rule.propertyName === property && rule.name === 'isIn')?.constraints[0];
  return { properties, optional, allowed };
}

describe('milestone forms', () => {
  it('has one form per command', () => {
    expect(MILESTONE_FORMS.map((form) => form.command).sort()).toEqual(Object.keys(REQUEST_DTO_OF).sort());
  });

  describe.each(MILESTONE_FORMS.map((form) => [form.command, form] as const))('%s', (command, form) => {
    const rules = rulesOf(REQUEST_DTO_OF[command]);
    const names = [...form.fields.map((field) => field.name), ...(SENT_BESIDE_THE_FIELDS[command] ?? [])];

    it('offers exactly the fields the API accepts', () => {
      expect(new Set(names)).toEqual(rules.properties);
    });

    it('marks as required exactly the fields the API requires', () => {
      for (const field of form.fields) expect([field.name, Boolean(field.required)]).toEqual([field.name, !rules.optional.has(field.name)]);
    });

    it('offers as choices exactly the values the API allows', () => {
      for (const field of form.fields.filter((candidate) => candidate.kind === 'choice')) {
        expect([field.name, field.choices]).toEqual([field.name, rules.allowed(field.name)]);
      }
    });
  });

  it('offers plans for this quarter and the coming ones, across year ends', () => {
    expect(upcomingQuarters('2024-11-30', 3)).toEqual(['2024-Q4', '2025-Q1', '2025-Q2']);
    expect(upcomingQuarters('2025-01-01', 2)).toEqual(['2025-Q1', '2025-Q2']);
  });
});
