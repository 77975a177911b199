import { SetMetadata } from '@nestjs/common';
import type { Role } from './principal';

export const ACCESS_RULE = 'ta-tracker:access-rule';

/**
 * Who may call a route. Without a rule, any signed-in user may (reads); `country` rules
 * let officers act only for countries in their regions or assigned countries.
 */
export type AccessRule =
  | { kind: 'public' }
  | { kind: 'signed-in' }
  | { kind: 'roles'; roles: Role[] }
  | { kind: 'country'; from: 'code-param' | 'body-countries' };

export const Public = () => SetMetadata(ACCESS_RULE, { kind: 'public' } satisfies AccessRule);

export const RequiresRole = (...roles: Role[]) => SetMetadata(ACCESS_RULE, { kind: 'roles', roles } satisfies AccessRule);

/** Officers of the country's region (or assigned the country) may write to the country in `:code`. */
export const OfficerForCountry = () => SetMetadata(ACCESS_RULE, { kind: 'country', from: 'code-param' } satisfies AccessRule);

/** Officers covering every country listed in the body's `countries` may write. */
export const OfficerForListedCountries = () =>
  SetMetadata(ACCESS_RULE, { kind: 'country', from: 'body-countries' } satisfies AccessRule);
