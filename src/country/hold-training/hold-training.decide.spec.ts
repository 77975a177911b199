import { BusinessRuleViolated } from '../../shared/domain-errors';
import { DeciderSpecification } from '../../shared/testing/decider-specification';
import { CountryEvent } from '../domain/country.events';
import { evolveCountry, initialCountryState } from '../domain/country.state';
import { HoldTrainingCommand } from './hold-training.command';
import { decideHoldTraining } from './hold-training.decide';
import { HoldTrainingRequestDto } from './hold-training.request.dto';

const given = DeciderSpecification.for<HoldTrainingCommand, CountryEvent, ReturnType<typeof initialCountryState>>({
  decide: decideHoldTraining,
  evolve: evolveCountry,
  initialState: initialCountryState,
});

const holdTraining = (payload: Partial<HoldTrainingRequestDto>, now = '2024-12-03T10:00:00.000Z') =>
  new HoldTrainingCommand(
    'MDV',
    Object.assign(new HoldTrainingRequestDto(), {
      date: '2024-11-12',
      title: 'Training of Trainers for Educators',
      audience: 'educators',
      ...payload,
    }),
    { now, actor: 'officer', commandId: 'c1', correlationId: 'c1', causationId: 'c1', requestHash: 'h' },
  );

describe('hold training', () => {
  it('records a training held on a past date, logged later', () =>
    given([])
      .when(holdTraining({ format: 'training-of-trainers', participants: 25, partners: ['Ministry of Education'] }))
      .then([
        {
          type: 'TrainingHeld',
          data: {
            country: 'MDV',
            date: '2024-11-12',
            title: 'Training of Trainers for Educators',
            audience: 'educators',
            format: 'training-of-trainers',
            participants: 25,
            partners: ['Ministry of Education'],
          },
        },
      ]));

  it('keeps the officer note for the report', () =>
    given([])
      .when(holdTraining({ note: 'In the Maldives, the Training of Trainers for Educators was held.' }))
      .then([
        {
          type: 'TrainingHeld',
          data: {
            country: 'MDV',
            date: '2024-11-12',
            title: 'Training of Trainers for Educators',
            audience: 'educators',
            note: 'In the Maldives, the Training of Trainers for Educators was held.',
          },
        },
      ]));

  it('rejects a training dated in the future', () =>
    given([]).when(holdTraining({ date: '2024-12-04' })).thenThrows(BusinessRuleViolated, /in the future/));

  it('rejects a training dated before 2008', () =>
    given([]).when(holdTraining({ date: '2007-12-31' })).thenThrows(BusinessRuleViolated, /before 2008-01-01/));
});
