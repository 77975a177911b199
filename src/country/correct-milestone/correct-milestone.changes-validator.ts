import { plainToInstance } from 'class-transformer';
import { getMetadataStorage, validateSync, ValidationError } from 'class-validator';
import { flattenValidationErrors } from '../../http/validation';
import { FieldError, InvalidFields } from '../../shared/domain-errors';
import { AdoptFrameworkRequestDto } from '../adopt-framework/adopt-framework.request.dto';
import { CompleteAssistanceRequestDto } from '../complete-assistance/complete-assistance.request.dto';
import type { MilestoneData, MilestoneType } from '../domain/country.events';
import { DraftFrameworkRequestDto } from '../draft-framework/draft-framework.request.dto';
import { EstablishChildTaskforceRequestDto } from '../establish-child-taskforce/establish-child-taskforce.request.dto';
import { HoldChildConsultationRequestDto } from '../hold-child-consultation/hold-child-consultation.request.dto';
import { HoldEventRequestDto } from '../hold-event/hold-event.request.dto';
import { HoldTrainingRequestDto } from '../hold-training/hold-training.request.dto';
import { InitiateAssistanceRequestDto } from '../initiate-assistance/initiate-assistance.request.dto';
import { PlanActivityRequestDto } from '../plan-activity/plan-activity.request.dto';
import { TranslateGuidelinesRequestDto } from '../translate-guidelines/translate-guidelines.request.dto';

/** A corrected milestone must still pass the rules of the request that recorded it. */
const REQUEST_DTO_OF: Record<MilestoneType, new () => object> = {
  AssistanceInitiated: InitiateAssistanceRequestDto,
  FrameworkDrafted: DraftFrameworkRequestDto,
  FrameworkAdopted: AdoptFrameworkRequestDto,
  AssistanceCompleted: CompleteAssistanceRequestDto,
  TrainingHeld: HoldTrainingRequestDto,
  GuidelinesTranslated: TranslateGuidelinesRequestDto,
  ChildTaskforceEstablished: EstablishChildTaskforceRequestDto,
  ChildConsultationHeld: HoldChildConsultationRequestDto,
  EventHeld: HoldEventRequestDto,
  ActivityPlanned: PlanActivityRequestDto,
};

/**
 * Validates `changes` by applying them over the milestone's current data and checking the result with the
 * milestone type's request DTO; returns the changes as that DTO normalises them (e.g. trimmed text).
 * Only fields named in `changes` are reported: the rest was accepted when the milestone was recorded.
 */
export function validateMilestoneChanges(
  type: MilestoneType,
  previous: MilestoneData,
  changes: Record<string, unknown>,
): Record<string, unknown> {
  const errors: FieldError[] = Object.entries(changes).flatMap(([field, value]) => unchangeable(type, field, value));
  const rejected = new Set(errors.map((error) => error.field));
  const applicable = Object.entries(changes).filter(([field]) => !rejected.has(`changes.${field}`));
  const { country: _country, ...current } = previous;
  const corrected = { ...current, ...Object.fromEntries(applicable) };
  const candidate = plainToInstance(REQUEST_DTO_OF[type], corrected) as Record<string, unknown>;
  const changedFields = new Set(applicable.map(([field]) => field));
  errors.push(
    ...validateSync(candidate)
      .filter((error) => changedFields.has(error.property))
      .flatMap(describe),
  );
  if (errors.length > 0) throw new InvalidFields(errors);
  return Object.fromEntries(applicable.map(([field]) => [field, candidate[field]]));
}

function fieldsOf(type: MilestoneType): Set<string> {
  const metadata = getMetadataStorage().getTargetValidationMetadatas(REQUEST_DTO_OF[type], '', true, false);
  return new Set(metadata.map((rule) => rule.propertyName));
}

function unchangeable(type: MilestoneType, field: string, value: unknown): FieldError[] {
  if (field === 'country') {
    return [
      {
        field: 'changes.country',
        messages: ['changes.country cannot be corrected: retract the milestone and record it for the right country'],
      },
    ];
  }
  if (!fieldsOf(type).has(field)) {
    return [{ field: `changes.${field}`, messages: [`changes.${field} is not a field of ${type}`] }];
  }
  if (value === null) {
    return [
      {
        field: `changes.${field}`,
        messages: [
          `changes.${field} cannot be cleared by a correction: give the right value, or retract the ${type} ` +
            'milestone and record it again',
        ],
      },
    ];
  }
  return [];
}

function describe(error: ValidationError): FieldError[] {
  return flattenValidationErrors([error], 'changes').map((fieldError) => ({
    field: fieldError.field,
    messages: fieldError.messages.map((message) => `changes.${message}`),
  }));
}
