import { BusinessRuleViolated } from '../../shared/domain-errors';
import { DeciderSpecification } from '../../shared/testing/decider-specification';
import { CountryEvent } from '../domain/country.events';
import { CountryState, evolveCountry, initialCountryState } from '../domain/country.state';
import { TranslateGuidelinesCommand } from './translate-guidelines.command';
import { decideTranslateGuidelines } from './translate-guidelines.decide';
import { TranslateGuidelinesRequestDto } from './translate-guidelines.request.dto';

const given = DeciderSpecification.for<TranslateGuidelinesCommand, CountryEvent, CountryState>({
  decide: decideTranslateGuidelines,
  evolve: evolveCountry,
  initialState: initialCountryState,
});

const translateGuidelines = (payload: Partial<TranslateGuidelinesRequestDto>, now = '2024-12-03T10:00:00.000Z') =>
  new TranslateGuidelinesCommand(
    'MLT',
    Object.assign(new TranslateGuidelinesRequestDto(), { date: '2024-10-21', language: 'Maltese', ...payload }),
    { now, actor: 'officer', commandId: 'c1', correlationId: 'c1', causationId: 'c1', requestHash: 'h' },
  );

describe('translate guidelines', () => {
  it('records a translation with its guideline set and official presentation', () =>
    given([])
      .when(translateGuidelines({ guidelines: 'Guidelines for Parents and Educators', presented: true }))
      .then([
        {
          type: 'GuidelinesTranslated',
          data: {
            country: 'MLT',
            date: '2024-10-21',
            language: 'Maltese',
            guidelines: 'Guidelines for Parents and Educators',
            presented: true,
          },
        },
      ]));

  it('keeps an explicit "not presented" and the officer note', () =>
    given([])
      .when(translateGuidelines({ presented: false, note: 'Presentation planned for next year' }))
      .then([
        {
          type: 'GuidelinesTranslated',
          data: {
            country: 'MLT',
            date: '2024-10-21',
            language: 'Maltese',
            presented: false,
            note: 'Presentation planned for next year',
          },
        },
      ]));

  it('records a second translation into another language', () =>
    given([{ type: 'GuidelinesTranslated', data: { country: 'MLT', date: '2024-01-10', language: 'English' } }])
      .when(translateGuidelines({}))
      .then([{ type: 'GuidelinesTranslated', data: { country: 'MLT', date: '2024-10-21', language: 'Maltese' } }]));

  it('rejects a translation dated in the future', () =>
    given([]).when(translateGuidelines({ date: '2024-12-04' })).thenThrows(BusinessRuleViolated, /in the future/));

  it('rejects a translation dated before 2008', () =>
    given([]).when(translateGuidelines({ date: '2007-06-30' })).thenThrows(BusinessRuleViolated, /before 2008-01-01/));
});
