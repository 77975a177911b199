import { ITU_REGIONS, ItuRegion } from '../countries/itu-region';

export const ROLES = ['officer', 'manager', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export type CredentialSource = 'session' | 'token' | 'oidc';

/** Who is calling: a user may hold several roles; an officer acts for its regions and extra countries. */
export type Principal = {
  name: string;
  roles: Role[];
  regions: ItuRegion[];
  countries: string[];
  source: CredentialSource;
  sessionCsrfToken?: string;
};

export type CountryScope = { code: string; name: string; region: ItuRegion | null };

export const isRole = (value: string): value is Role => (ROLES as readonly string[]).includes(value);
export const isRegion = (value: string): value is ItuRegion => (ITU_REGIONS as readonly string[]).includes(value);

export function hasAnyRole(principal: Principal, roles: readonly Role[]): boolean {
  return roles.some((role) => principal.roles.includes(role));
}

export function mayActFor(principal: Principal, country: CountryScope): boolean {
  if (!principal.roles.includes('officer')) return false;
  if (principal.countries.includes(country.code)) return true;
  return country.region !== null && principal.regions.includes(country.region);
}

export function describeScope(principal: Pick<Principal, 'regions' | 'countries'>): string {
  const parts = [...principal.regions, ...principal.countries];
  return parts.length > 0 ? parts.join(', ') : 'no region';
}
