import { safeNext } from '../web/sign-in.controller';
import { describeScope, mayActFor, Principal } from './principal';

const officer = (regions: Principal['regions'], countries: string[] = []): Principal => ({ name: 'amina', roles: ['officer'], regions, countries, source: 'token' });
const MALTA = { code: 'MLT', name: 'Malta', region: 'EUR' as const };
const KENYA = { code: 'KEN', name: 'Kenya', region: 'AFR' as const };
const TAIWAN = { code: 'TWN', name: 'Taiwan', region: null };

describe('who may act for a country', () => {
  it('lets an officer act for the countries of its regions and its assigned countries only', () => {
    expect([mayActFor(officer(['EUR']), MALTA), mayActFor(officer(['EUR']), KENYA)]).toEqual([true, false]);
    expect(mayActFor(officer([], ['KEN']), KENYA)).toBe(true);
    expect(mayActFor(officer(['EUR', 'AFR', 'AMS', 'ARB', 'ASP', 'CIS']), TAIWAN)).toBe(false);
  });

  it('never lets a manager or admin act for a country, whatever its regions', () => {
    expect(mayActFor({ ...officer(['EUR']), roles: ['manager', 'admin'] }, MALTA)).toBe(false);
  });

  it('describes the scope for error messages', () => {
    expect([describeScope(officer(['AFR', 'EUR'], ['MLT'])), describeScope(officer([]))]).toEqual(['AFR, EUR, MLT', 'no region']);
  });
});

describe('where sign-in goes next', () => {
  it('follows paths of this app only, never another site', () => {
    expect(['/country/MLT', '/log?x=1'].map(safeNext)).toEqual(['/country/MLT', '/log?x=1']);
    expect(['//evil.example', '/\\evil.example', 'https://evil.example', undefined, 42].map(safeNext)).toEqual(['/', '/', '/', '/', '/']);
  });
});
