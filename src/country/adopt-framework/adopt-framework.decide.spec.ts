import { BusinessRuleViolated } from '../../shared/domain-errors';
import { DeciderSpecification, GivenEvent } from '../../shared/testing/decider-specification';
import { CountryEvent } from '../domain/country.events';
import { CountryState, evolveCountry, initialCountryState } from '../domain/country.state';
import { AdoptFrameworkCommand } from './adopt-framework.command';
import { decideAdoptFramework } from './adopt-framework.decide';
import { AdoptFrameworkRequestDto } from './adopt-framework.request.dto';

const given = DeciderSpecification.for<AdoptFrameworkCommand, CountryEvent, CountryState>({
  decide: decideAdoptFramework,
  evolve: evolveCountry,
  initialState: initialCountryState,
});

const adoptFramework = (payload: Partial<AdoptFrameworkRequestDto>, now = '2024-12-03T10:00:00.000Z') =>
  new AdoptFrameworkCommand(
    'SUR',
    Object.assign(new AdoptFrameworkRequestDto(), { date: '2024-11-28', ...payload }),
    { now, actor: 'officer', commandId: 'c1', correlationId: 'c1', causationId: 'c1', requestHash: 'h' },
  );

const drafted = (date: string, eventId?: string): GivenEvent<CountryEvent> => ({
  type: 'FrameworkDrafted',
  data: { country: 'SUR', date },
  ...(eventId && { eventId }),
});

describe('adopt framework', () => {
  it('records the adoption of a drafted framework', () =>
    given([drafted('2024-05-10')])
      .when(adoptFramework({ instrument: 'Council of Ministers decision', note: 'Adopted by the government.' }))
      .then([
        {
          type: 'FrameworkAdopted',
          data: {
            country: 'SUR',
            date: '2024-11-28',
            instrument: 'Council of Ministers decision',
            note: 'Adopted by the government.',
          },
        },
      ]));

  it('accepts an adoption on the same day as the draft', () =>
    given([drafted('2024-11-28')])
      .when(adoptFramework({}))
      .then([{ type: 'FrameworkAdopted', data: { country: 'SUR', date: '2024-11-28' } }]));

  it('refuses to adopt a framework that was never drafted', () =>
    given([{ type: 'AssistanceInitiated', data: { country: 'SUR', date: '2024-01-10' } }])
      .when(adoptFramework({}))
      .thenThrows(BusinessRuleViolated, /cannot be adopted before it was drafted: no draft framework is recorded for SUR/));

  it('refuses an adoption dated before the draft', () =>
    given([drafted('2024-11-30')])
      .when(adoptFramework({ date: '2024-11-01' }))
      .thenThrows(BusinessRuleViolated, /adoption date 2024-11-01 is earlier than the draft framework of 2024-11-30/));

  it('does not count a retracted draft', () =>
    given([
      drafted('2024-05-10', 'wrong-draft'),
      {
        type: 'MilestoneRetracted',
        data: {
          country: 'SUR',
          eventId: 'wrong-draft',
          milestoneType: 'FrameworkDrafted',
          previous: { country: 'SUR', date: '2024-05-10' },
          reason: 'It was a concept note, not a draft',
        },
      },
    ])
      .when(adoptFramework({}))
      .thenThrows(BusinessRuleViolated, /no draft framework is recorded/));

  it('goes by the draft date as corrected', () =>
    given([
      drafted('2024-05-10', 'draft'),
      {
        type: 'MilestoneCorrected',
        data: {
          country: 'SUR',
          eventId: 'draft',
          milestoneType: 'FrameworkDrafted',
          previous: { country: 'SUR', date: '2024-05-10' },
          changes: { date: '2024-11-20' },
          reason: 'The draft was submitted later',
        },
      },
    ])
      .when(adoptFramework({ date: '2024-11-01' }))
      .thenThrows(BusinessRuleViolated, /earlier than the draft framework of 2024-11-20/));

  it('rejects an adoption dated in the future', () =>
    given([drafted('2024-05-10')]).when(adoptFramework({ date: '2024-12-31' })).thenThrows(BusinessRuleViolated, /in the future/));

  it('rejects an adoption dated before 2008', () =>
    given([drafted('2024-05-10')]).when(adoptFramework({ date: '2005-01-01' })).thenThrows(BusinessRuleViolated, /before 2008-01-01/));
});
