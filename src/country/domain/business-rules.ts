import { BusinessRuleViolated } from '../../shared/domain-errors';
import { BusinessDate, QuarterId } from './country.events';

export const EARLIEST_MILESTONE_DATE = '2008-01-01';

export const dateOf = (isoInstant: string): BusinessDate => isoInstant.slice(0, 10);

export function quarterOf(date: BusinessDate): QuarterId {
  const month = Number(date.slice(5, 7));
  return `${date.slice(0, 4)}-Q${Math.ceil(month / 3)}`;
}

/** A milestone that happened can be neither in the future nor before the programme's records begin. */
export function assertHappened(date: BusinessDate, now: string, field = 'date'): void {
  const today = dateOf(now);
  if (date > today) {
    throw new BusinessRuleViolated(`The ${field} ${date} is in the future (today is ${today}); log it once it has happened`, field);
  }
  if (date < EARLIEST_MILESTONE_DATE) {
    throw new BusinessRuleViolated(`The ${field} ${date} is before ${EARLIEST_MILESTONE_DATE}, when the programme's records begin`, field);
  }
}

export function assertNotPastQuarter(plannedFor: QuarterId, now: string): void {
  const current = quarterOf(dateOf(now));
  if (plannedFor < current) {
    throw new BusinessRuleViolated(
      `An activity cannot be planned for ${plannedFor}, which has already ended (the current quarter is ${current})`,
      'plannedFor',
    );
  }
}
