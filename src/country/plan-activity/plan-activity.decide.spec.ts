import { BusinessRuleViolated } from '../../shared/domain-errors';
import { DeciderSpecification } from '../../shared/testing/decider-specification';
import { CountryEvent } from '../domain/country.events';
import { CountryState, evolveCountry, initialCountryState } from '../domain/country.state';
import { PlanActivityCommand } from './plan-activity.command';
import { decidePlanActivity } from './plan-activity.decide';
import { PlanActivityRequestDto } from './plan-activity.request.dto';

const given = DeciderSpecification.for<PlanActivityCommand, CountryEvent, CountryState>({
  decide: decidePlanActivity,
  evolve: evolveCountry,
  initialState: initialCountryState,
});

const planActivity = (payload: Partial<PlanActivityRequestDto>, now = '2024-12-03T10:00:00.000Z') =>
  new PlanActivityCommand(
    'ECU',
    Object.assign(new PlanActivityRequestDto(), {
      plannedFor: '2025-Q1',
      kind: 'training',
      title: 'Training of Trainers for Educators',
      ...payload,
    }),
    { now, actor: 'officer', commandId: 'c1', correlationId: 'c1', causationId: 'c1', requestHash: 'h' },
  );

describe('plan activity', () => {
  it('plans an activity for a coming quarter, dated the day the plan was made', () =>
    given([])
      .when(planActivity({ note: 'Trainings in Ecuador are planned for Q1 2025.' }))
      .then([
        {
          type: 'ActivityPlanned',
          data: {
            country: 'ECU',
            date: '2024-12-03',
            plannedFor: '2025-Q1',
            kind: 'training',
            title: 'Training of Trainers for Educators',
            note: 'Trainings in Ecuador are planned for Q1 2025.',
          },
        },
      ]));

  it('plans an activity for the current quarter', () =>
    given([])
      .when(planActivity({ plannedFor: '2024-Q4', kind: 'framework-draft', title: 'Draft national framework' }))
      .then([
        {
          type: 'ActivityPlanned',
          data: { country: 'ECU', date: '2024-12-03', plannedFor: '2024-Q4', kind: 'framework-draft', title: 'Draft national framework' },
        },
      ]));

  it('uses the day of the clock in UTC, not the day of the planned quarter', () =>
    given([])
      .when(planActivity({ plannedFor: '2026-Q3' }, '2025-01-01T00:00:00.000Z'))
      .then([
        {
          type: 'ActivityPlanned',
          data: { country: 'ECU', date: '2025-01-01', plannedFor: '2026-Q3', kind: 'training', title: 'Training of Trainers for Educators' },
        },
      ]));

  it('refuses to plan for a quarter that has already ended', () =>
    given([])
      .when(planActivity({ plannedFor: '2024-Q3' }))
      .thenThrows(BusinessRuleViolated, /cannot be planned for 2024-Q3, which has already ended \(the current quarter is 2024-Q4\)/));

  it('refuses a past quarter of an earlier year', () =>
    given([]).when(planActivity({ plannedFor: '2023-Q4' }, '2024-01-02T08:00:00.000Z')).thenThrows(BusinessRuleViolated, /already ended/));
});
