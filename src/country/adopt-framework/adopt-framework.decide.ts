import { BusinessRuleViolated } from '../../shared/domain-errors';
import { assertHappened } from '../domain/business-rules';
import { FrameworkAdopted } from '../domain/country.events';
import { activeMilestones, CountryState, hasFrameworkDraftedBy } from '../domain/country.state';
import type { AdoptFrameworkCommand } from './adopt-framework.command';

export function decideAdoptFramework({ country, payload, context }: AdoptFrameworkCommand, state: CountryState): FrameworkAdopted[] {
  assertHappened(payload.date, context.now);
  if (!hasFrameworkDraftedBy(state, payload.date)) throw adoptionBeforeDraft(country, payload.date, state);
  return [
    {
      type: 'FrameworkAdopted',
      data: {
        country,
        date: payload.date,
        ...(payload.instrument && { instrument: payload.instrument }),
        ...(payload.note && { note: payload.note }),
      },
    },
  ];
}

function adoptionBeforeDraft(country: string, date: string, state: CountryState): BusinessRuleViolated {
  const draftDates = activeMilestones(state, 'FrameworkDrafted').map(([, record]) => record.date);
  if (draftDates.length === 0) {
    return new BusinessRuleViolated(
      `A framework cannot be adopted before it was drafted: no draft framework is recorded for ${country}; ` +
        'record the draft first',
    );
  }
  const firstDraft = draftDates.sort()[0];
  return new BusinessRuleViolated(
    `A framework cannot be adopted before it was drafted: the adoption date ${date} is earlier than ` +
      `the draft framework of ${firstDraft}`,
    'date',
  );
}
