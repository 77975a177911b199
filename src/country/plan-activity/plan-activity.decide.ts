import { assertNotPastQuarter, dateOf } from '../domain/business-rules';
import { ActivityPlanned } from '../domain/country.events';
import { CountryState } from '../domain/country.state';
import type { PlanActivityCommand } from './plan-activity.command';

/** The plan's `date` is the day it was made, so the report can tell when a plan was known. */
export function decidePlanActivity({ country, payload, context }: PlanActivityCommand, _state: CountryState): ActivityPlanned[] {
  assertNotPastQuarter(payload.plannedFor, context.now);
  return [
    {
      type: 'ActivityPlanned',
      data: {
        country,
        date: dateOf(context.now),
        plannedFor: payload.plannedFor,
        kind: payload.kind,
        title: payload.title,
        ...(payload.note && { note: payload.note }),
      },
    },
  ];
}
