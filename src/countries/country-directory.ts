import { Injectable } from '@nestjs/common';
import * as isoCountries from 'i18n-iso-countries';
import english from 'i18n-iso-countries/langs/en.json';
import { CountryNotFound } from '../shared/domain-errors';
import { ITU_REGIONS, ItuRegion } from './itu-region';
import ituRegionByCountry from './data/itu-regions.json';
import displayNames from './data/display-names.json';

isoCountries.registerLocale(english);

export type CountryInfo = {
  code: string;
  alpha2: string;
  name: string;
  /** The name as it reads inside a sentence, with its article: "the Bahamas". */
  nameInSentence: string;
  region: ItuRegion | null;
};

type DisplayName = { name?: string; article?: boolean };
const overrides = displayNames.countries as Record<string, DisplayName>;
const regions = ituRegionByCountry.countries as Record<string, ItuRegion>;

@Injectable()
export class CountryDirectory {
  private readonly byAlpha3 = new Map<string, CountryInfo>();

  constructor() {
    for (const alpha3 of Object.keys(isoCountries.getAlpha3Codes())) {
      const alpha2 = isoCountries.alpha3ToAlpha2(alpha3)!;
      const override = overrides[alpha3] ?? {};
      const name = override.name ?? isoCountries.getName(alpha3, 'en')!;
      this.byAlpha3.set(alpha3, {
        code: alpha3,
        alpha2,
        name,
        nameInSentence: override.article ? `the ${name}` : name,
        region: regions[alpha3] ?? null,
      });
    }
  }

  /** Accepts alpha-2 or alpha-3 in any case; throws CountryNotFound otherwise. */
  resolve(code: string): CountryInfo {
    const country = this.find(code);
    if (!country) throw new CountryNotFound(code);
    return country;
  }

  find(code: string): CountryInfo | undefined {
    const upper = String(code).trim().toUpperCase();
    const alpha3 = /^[A-Z]{2}$/.test(upper) ? isoCountries.alpha2ToAlpha3(upper) : upper;
    return alpha3 ? this.byAlpha3.get(alpha3) : undefined;
  }

  all(): CountryInfo[] {
    return [...this.byAlpha3.values()].sort((a, b) => a.name.localeCompare(b.name));
  }

  /** Countries that belong to an ITU region: the ITU Member States. */
  memberStates(): CountryInfo[] {
    return this.all().filter((country) => country.region !== null);
  }
}

export { ITU_REGIONS };
