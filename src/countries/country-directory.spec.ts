import * as isoCountries from 'i18n-iso-countries';
import { CountryNotFound } from '../shared/domain-errors';
import { CountryDirectory } from './country-directory';
import ituRegions from './data/itu-regions.json';
import displayNames from './data/display-names.json';
import { ITU_REGIONS } from './itu-region';

const regionByCountry = ituRegions.countries as Record<string, string>;
const directory = new CountryDirectory();

describe('ITU regions data file', () => {
  it('names its source and how countries in two groupings were placed', () => {
    expect(ituRegions.source).toContain('https://www.itu.int/en/ITU-D/Regional-Presence/');
    expect(ituRegions.placement).toMatch(/Georgia and Ukraine/);
  });

  it('places all 194 ITU Member States (193 UN members, the Holy See; Palau since 2024-09-19)', () => {
    expect(Object.keys(regionByCountry)).toHaveLength(194);
  });

  it('uses only valid ISO alpha-3 codes and known regions', () => {
    const invalidCodes = Object.keys(regionByCountry).filter((code) => !isoCountries.isValid(code) || code.length !== 3);
    const unknownRegions = Object.values(regionByCountry).filter((region) => !(ITU_REGIONS as readonly string[]).includes(region));
    expect(invalidCodes).toEqual([]);
    expect(unknownRegions).toEqual([]);
  });

  it('has the size of each BDT regional grouping', () => {
    const sizes: Record<string, number> = {};
    Object.values(regionByCountry).forEach((region) => (sizes[region] = (sizes[region] ?? 0) + 1));
    expect(sizes).toEqual({ AFR: 44, AMS: 35, ARB: 21, ASP: 39, CIS: 10, EUR: 45 });
  });

  it.each([
    ['EGY', 'ARB'], ['SDN', 'ARB'], ['SOM', 'ARB'], ['DJI', 'ARB'], ['MRT', 'ARB'], ['COM', 'ARB'], ['MAR', 'ARB'],
    ['LBN', 'ARB'], ['SSD', 'AFR'], ['SWZ', 'AFR'], ['MWI', 'AFR'], ['TUR', 'EUR'], ['ISR', 'EUR'], ['CYP', 'EUR'],
    ['MLT', 'EUR'], ['AND', 'EUR'], ['VAT', 'EUR'], ['GEO', 'EUR'], ['UKR', 'EUR'], ['MDA', 'CIS'], ['RUS', 'CIS'],
    ['KAZ', 'CIS'], ['IRN', 'ASP'], ['AFG', 'ASP'], ['MDV', 'ASP'], ['IDN', 'ASP'], ['PLW', 'ASP'], ['BHS', 'AMS'],
    ['SUR', 'AMS'], ['ECU', 'AMS'], ['CAN', 'AMS'],
  ])('places %s in %s', (code, region) => {
    expect(regionByCountry[code]).toBe(region);
  });

  it.each(['PSE', 'XKK', 'TWN', 'PRI', 'GRL', 'HKG'])('gives no region to %s, which is not an ITU Member State', (code) => {
    expect(regionByCountry[code]).toBeUndefined();
  });
});

describe('display names data file', () => {
  it('names its source and style and overrides only valid alpha-3 codes', () => {
    expect(displayNames.source).toMatch(/United Nations/);
    expect(displayNames.style).toMatch(/article/);
    const codes = Object.keys(displayNames.countries);
    expect(codes.filter((code) => !isoCountries.isValid(code) || code.length !== 3)).toEqual([]);
  });
});

describe('CountryDirectory', () => {
  it.each(['MLT', 'MT', 'mlt', 'mt', ' Mt '])('resolves %p to Malta', (code) => {
    expect(directory.resolve(code)).toEqual({
      code: 'MLT',
      alpha2: 'MT',
      name: 'Malta',
      nameInSentence: 'Malta',
      region: 'EUR',
    });
  });

  it.each(['XX', 'ZZZ', '', 'MALTA', '470', 'PS-'])('rejects %p with CountryNotFound', (code) => {
    expect(() => directory.resolve(code)).toThrow(CountryNotFound);
    expect(directory.find(code)).toBeUndefined();
  });

  it.each([
    ['BS', 'Bahamas', 'the Bahamas'],
    ['MDV', 'Maldives', 'the Maldives'],
    ['PHL', 'Philippines', 'the Philippines'],
    ['GB', 'United Kingdom', 'the United Kingdom'],
    ['USA', 'United States', 'the United States'],
    ['GMB', 'Gambia', 'the Gambia'],
    ['COG', 'Congo', 'the Congo'],
    ['COD', 'Democratic Republic of the Congo', 'the Democratic Republic of the Congo'],
    ['KOR', 'Republic of Korea', 'the Republic of Korea'],
    ['MDA', 'Republic of Moldova', 'the Republic of Moldova'],
    ['VAT', 'Holy See', 'the Holy See'],
    ['NER', 'Niger', 'the Niger'],
    ['SDN', 'Sudan', 'the Sudan'],
    ['SUR', 'Suriname', 'Suriname'],
    ['SWZ', 'Eswatini', 'Eswatini'],
    ['CIV', "Côte d'Ivoire", "Côte d'Ivoire"],
    ['IRN', 'Iran (Islamic Republic of)', 'Iran (Islamic Republic of)'],
    ['FSM', 'Micronesia (Federated States of)', 'Micronesia (Federated States of)'],
    ['MKD', 'North Macedonia', 'North Macedonia'],
    ['CZE', 'Czechia', 'Czechia'],
    ['SLB', 'Solomon Islands', 'Solomon Islands'],
  ])('names %s "%s", in a sentence "%s"', (code, name, nameInSentence) => {
    expect(directory.resolve(code)).toMatchObject({ name, nameInSentence });
  });

  it('looks up the ITU region, and none for territories and non-members', () => {
    expect(directory.resolve('LB').region).toBe('ARB');
    expect(directory.resolve('ECU').region).toBe('AMS');
    expect(directory.resolve('PRI').region).toBeNull();
    expect(directory.resolve('PSE').region).toBeNull();
  });

  it('lists the 194 Member States, each with a region, sorted by name', () => {
    const members = directory.memberStates();
    expect(members).toHaveLength(194);
    expect(members.every((country) => country.region !== null)).toBe(true);
    const names = members.map((country) => country.name);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b)));
    expect(names[0]).toBe('Afghanistan');
  });

  it('knows every ISO 3166-1 country, members or not', () => {
    expect(directory.all().length).toBe(Object.keys(isoCountries.getAlpha3Codes()).length);
    expect(directory.all().length).toBeGreaterThan(directory.memberStates().length);
  });
});
