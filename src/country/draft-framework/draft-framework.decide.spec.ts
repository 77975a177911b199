import { BusinessRuleViolated } from '../../shared/domain-errors';
import { DeciderSpecification } from '../../shared/testing/decider-specification';
import { CountryEvent } from '../domain/country.events';
import { CountryState, evolveCountry, initialCountryState } from '../domain/country.state';
import { DraftFrameworkCommand } from './draft-framework.command';
import { decideDraftFramework } from './draft-framework.decide';
import { DraftFrameworkRequestDto } from './draft-framework.request.dto';

const given = DeciderSpecification.for<DraftFrameworkCommand, CountryEvent, CountryState>({
  decide: decideDraftFramework,
  evolve: evolveCountry,
  initialState: initialCountryState,
});

const draftFramework = (payload: Partial<DraftFrameworkRequestDto>, now = '2024-12-03T10:00:00.000Z') =>
  new DraftFrameworkCommand(
    'BHS',
    Object.assign(new DraftFrameworkRequestDto(), { date: '2024-11-20', ...payload }),
    { now, actor: 'officer', commandId: 'c1', correlationId: 'c1', causationId: 'c1', requestHash: 'h' },
  );

describe('draft framework', () => {
  it('records the delivery of a draft national framework', () =>
    given([{ type: 'AssistanceInitiated', data: { country: 'BHS', date: '2024-03-01' } }])
      .when(
        draftFramework({
          title: 'Draft National COP Framework',
          note: 'In the Bahamas, ITU delivered a draft national framework.',
        }),
      )
      .then([
        {
          type: 'FrameworkDrafted',
          data: {
            country: 'BHS',
            date: '2024-11-20',
            title: 'Draft National COP Framework',
            note: 'In the Bahamas, ITU delivered a draft national framework.',
          },
        },
      ]));

  it('leaves out optional fields that were not given', () =>
    given([]).when(draftFramework({})).then([{ type: 'FrameworkDrafted', data: { country: 'BHS', date: '2024-11-20' } }]));

  it('accepts a draft delivered today', () =>
    given([])
      .when(draftFramework({ date: '2024-12-03' }))
      .then([{ type: 'FrameworkDrafted', data: { country: 'BHS', date: '2024-12-03' } }]));

  it('rejects a draft dated in the future', () =>
    given([]).when(draftFramework({ date: '2025-01-10' })).thenThrows(BusinessRuleViolated, /in the future/));

  it('rejects a draft dated before 2008', () =>
    given([]).when(draftFramework({ date: '1999-01-01' })).thenThrows(BusinessRuleViolated, /before 2008-01-01/));
});
