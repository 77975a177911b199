import { BusinessRuleViolated } from '../../shared/domain-errors';
import { DeciderSpecification } from '../../shared/testing/decider-specification';
import { RegionalActivityEvent } from '../regional-activity.events';
import { HoldRegionalActivityCommand } from './hold-regional-activity.command';
import {
  decideHoldRegionalActivity,
  evolveRegionalActivity,
  initialRegionalActivityState,
  RegionalActivityState,
} from './hold-regional-activity.decide';
import { HoldRegionalActivityRequestDto } from './hold-regional-activity.request.dto';

const given = DeciderSpecification.for<HoldRegionalActivityCommand, RegionalActivityEvent, RegionalActivityState>({
  decide: decideHoldRegionalActivity,
  evolve: evolveRegionalActivity,
  initialState: initialRegionalActivityState,
});

const CONTEXT = {
  now: '2024-12-03T10:00:00.000Z',
  actor: 'officer',
  commandId: 'c1',
  correlationId: 'c1',
  causationId: 'c1',
  requestHash: 'h',
};

const ACTIVITY = '3c0ffee0-0000-4000-8000-000000000001';

const holdRegionalActivity = (payload: Partial<HoldRegionalActivityRequestDto>) =>
  new HoldRegionalActivityCommand(
    ACTIVITY,
    Object.assign(new HoldRegionalActivityRequestDto(), {
      countries: ['KEN', 'GHA', 'NGA'],
      date: '2024-11-26',
      kind: 'workshop',
      title: 'Regional COP Workshop for Africa',
      ...payload,
    }),
    CONTEXT,
  );

describe('hold regional activity', () => {
  it('records one activity for every participating country', () =>
    given([])
      .when(holdRegionalActivity({ host: 'KEN', participants: 200, note: '200 participants from 21 African countries' }))
      .then([
        {
          type: 'RegionalActivityHeld',
          data: {
            activityId: ACTIVITY,
            countries: ['KEN', 'GHA', 'NGA'],
            date: '2024-11-26',
            kind: 'workshop',
            title: 'Regional COP Workshop for Africa',
            host: 'KEN',
            participants: 200,
            note: '200 participants from 21 African countries',
          },
        },
      ]));

  it('leaves out what the officer did not say', () =>
    given([])
      .when(holdRegionalActivity({ kind: 'conference', countries: ['FRA', 'DEU'] }))
      .then([
        {
          type: 'RegionalActivityHeld',
          data: {
            activityId: ACTIVITY,
            countries: ['FRA', 'DEU'],
            date: '2024-11-26',
            kind: 'conference',
            title: 'Regional COP Workshop for Africa',
          },
        },
      ]));

  it('rejects an activity dated in the future', () =>
    given([]).when(holdRegionalActivity({ date: '2024-12-04' })).thenThrows(BusinessRuleViolated, /in the future/));

  it('rejects an activity dated before 2008', () =>
    given([]).when(holdRegionalActivity({ date: '2005-05-05' })).thenThrows(BusinessRuleViolated, /before 2008-01-01/));

  it('records an activity only once', () =>
    given([
      {
        type: 'RegionalActivityHeld',
        data: { activityId: ACTIVITY, countries: ['KEN', 'GHA'], date: '2024-11-26', kind: 'workshop', title: 'Workshop' },
      },
    ])
      .when(holdRegionalActivity({}))
      .thenThrows(BusinessRuleViolated, /already recorded/));
});
