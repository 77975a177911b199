import { hash, verify } from '@node-rs/argon2';
import { CountryDirectory } from '../countries/country-directory';
import { FieldError, InvalidFields } from '../shared/domain-errors';
import { isRegion, isRole, Principal, Role } from './principal';
import { UserAccount, UserAccountStore } from './user-account.store';

export const MIN_PASSWORD_LENGTH = 12;
const USER_NAME = /^[A-Za-z0-9][A-Za-z0-9._@-]{0,99}$/;

export type UserRequest = { name: string; roles: string[]; regions?: string[]; countries?: string[]; password?: string };

/** A hash to verify against when the user does not exist, so an unknown name costs as long as a wrong password. */
let decoyHash: Promise<string> | undefined;

export const hashPassword = (password: string) => hash(password);

export async function passwordMatches(store: UserAccountStore, name: string, password: string): Promise<UserAccount | undefined> {
  const stored = store.passwordHashOf(name);
  decoyHash ??= hash('not a password of anyone');
  const matches = await verify(stored ?? (await decoyHash), password).catch(() => false);
  return matches && stored ? store.findUser(name) : undefined;
}

/** Checks a new user's name, roles, regions and countries; country codes come back as alpha-3. */
export function validUserRequest(request: UserRequest, directory: CountryDirectory): Required<Omit<UserRequest, 'password'>> & { roles: Role[] } {
  const errors: FieldError[] = [];
  if (!USER_NAME.test(request.name ?? '')) {
    errors.push({ field: 'name', messages: ['name must be 1 to 100 letters, digits or . _ @ - and start with a letter or digit'] });
  }
  const roles = request.roles ?? [];
  if (roles.length === 0 || !roles.every(isRole)) errors.push({ field: 'roles', messages: ['roles must be one or more of officer, manager, admin'] });
  const regions = (request.regions ?? []).map((region) => region.toUpperCase());
  const badRegions = regions.filter((region) => !isRegion(region));
  if (badRegions.length > 0) errors.push({ field: 'regions', messages: [`unknown ITU regions ${badRegions.join(', ')} (use AFR, AMS, ARB, ASP, CIS, EUR)`] });
  const countries = (request.countries ?? []).map((code) => directory.find(code)?.code ?? code);
  const badCountries = countries.filter((code) => !directory.find(code));
  if (badCountries.length > 0) errors.push({ field: 'countries', messages: [`unknown country codes ${badCountries.join(', ')}`] });
  if (request.password !== undefined && request.password.length < MIN_PASSWORD_LENGTH) {
    errors.push({ field: 'password', messages: [`password must be at least ${MIN_PASSWORD_LENGTH} characters long`] });
  }
  if (errors.length > 0) throw new InvalidFields(errors);
  return { name: request.name, roles: roles as Role[], regions, countries };
}

export async function createUser(store: UserAccountStore, directory: CountryDirectory, request: UserRequest): Promise<UserAccount> {
  const user = validUserRequest(request, directory);
  const passwordHash = request.password === undefined ? undefined : await hashPassword(request.password);
  return store.addUser({ ...user, regions: user.regions.filter(isRegion), passwordHash });
}

export const principalOf = (user: UserAccount, source: Principal['source'], sessionCsrfToken?: string): Principal => ({
  name: user.name,
  roles: user.roles,
  regions: user.regions,
  countries: user.countries,
  source,
  ...(sessionCsrfToken !== undefined && { sessionCsrfToken }),
});
