import { UN_MEMBER_STATES } from './tracker-dataset.generator';

/**
 * What a load sends, as data rather than a function, so that a load generator in another process can follow it.
 * `per-country` replaces `:code` with the 193 member states in turn, so the load spreads as in real use;
 * `per-country-mix` does the same, taking its paths in turn.
 */
export type RequestPlan =
  | { kind: 'fixed'; path: string }
  | { kind: 'per-country'; path: string }
  | { kind: 'per-country-mix'; paths: string[] }
  | { kind: 'hold-training'; under?: string };

export type PlannedRequest = { path: string; body?: unknown };

const countryAt = (sequence: number) => UN_MEMBER_STATES[sequence % UN_MEMBER_STATES.length];

/**
 * A training logged in one of the 193 countries, round robin, so streams grow evenly as in real use; `under` sends
 * the same body to the hello-world server's routes instead of the API's.
 */
export const holdTrainingCommand = (sequence: number, under = '/api/countries'): PlannedRequest => ({
  path: `${under}/${countryAt(sequence)}/hold-training`,
  body: { date: '2024-11-12', title: 'Training of Trainers for Educators', audience: 'educators', participants: 20 + (sequence % 50) },
});

export function plannedRequest(plan: RequestPlan, sequence: number): PlannedRequest {
  switch (plan.kind) {
    case 'fixed':
      return { path: plan.path };
    case 'per-country':
      return { path: plan.path.replace(':code', countryAt(sequence)) };
    case 'per-country-mix':
      return { path: plan.paths[sequence % plan.paths.length].replace(':code', countryAt(sequence)) };
    case 'hold-training':
      return holdTrainingCommand(sequence, plan.under);
    default: {
      const unknownPlan: never = plan;
      return unknownPlan;
    }
  }
}
