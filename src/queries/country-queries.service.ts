import { Injectable } from '@nestjs/common';
import { CountryStatusDocument, countryStatusProjection, emptyCountryStatus } from '../../projections/country-status.projection';
import {
  byTimelineOrder,
  countryTimelineProjection,
  TimelineEntry,
  timelinePrefix,
} from '../../projections/country-timeline.projection';
import { CountryDirectory, CountryInfo } from '../countries/country-directory';
import { ITU_REGION_NAMES } from '../countries/itu-region';
import { ReadModelStore } from '../read-models/read-model.store';
import {
  CountryIdentity,
  CountryStatusView,
  CountrySummaryView,
  CountryTimelineView,
  TimelineEntryView,
} from './country-query.views';
import { ListCountriesQueryDto } from './list-countries.query.dto';

/** Answers country queries from the persisted read models only; names and regions come from the directory. */
@Injectable()
export class CountryQueries {
  constructor(
    private readonly readModels: ReadModelStore,
    private readonly countries: CountryDirectory,
  ) {}

  /** Every ITU Member State, plus any other country something was logged for. */
  list(filter: ListCountriesQueryDto): CountrySummaryView[] {
    const statuses = new Map(
      this.readModels.list<CountryStatusDocument>(countryStatusProjection.name).map((status) => [status.country, status]),
    );
    const logged = [...statuses.keys()].flatMap((code) => this.countries.find(code) ?? []);
    const members = this.countries.memberStates();
    const memberCodes = new Set(members.map((country) => country.code));
    return [...members, ...logged.filter((country) => !memberCodes.has(country.code))]
      .sort((a, b) => a.name.localeCompare(b.name))
      .map((country) => {
        const status = statuses.get(country.code) ?? emptyCountryStatus(country.code);
        return { ...identityOf(country), stage: status.stage, lastActivityDate: status.lastActivityDate };
      })
      .filter((country) => (!filter.region || country.region === filter.region) && (!filter.stage || country.stage === filter.stage));
  }

  /** Throws CountryNotFound for a code that is not an ISO 3166-1 country. */
  status(code: string): CountryStatusView {
    const country = this.countries.resolve(code);
    const status =
      this.readModels.get<CountryStatusDocument>(countryStatusProjection.name, country.code) ??
      emptyCountryStatus(country.code);
    return {
      ...identityOf(country),
      stage: status.stage,
      revision: status.revision,
      counts: status.counts,
      openPlans: status.openPlans,
      lastActivityDate: status.lastActivityDate,
      lastRecordedAt: status.lastRecordedAt,
    };
  }

  timeline(code: string): CountryTimelineView {
    const country = this.countries.resolve(code);
    const entries = this.readModels
      .listByPrefix<TimelineEntry>(countryTimelineProjection.name, timelinePrefix(country.code))
      .sort(byTimelineOrder)
      .map(entryView);
    return { ...identityOf(country), entries };
  }
}

function identityOf(country: CountryInfo): CountryIdentity {
  return {
    code: country.code,
    alpha2: country.alpha2,
    name: country.name,
    region: country.region,
    regionName: country.region ? ITU_REGION_NAMES[country.region] : null,
  };
}

function entryView({ eventId, type, date, summary, data, recordedBy, recordedAt, corrected, retracted }: TimelineEntry): TimelineEntryView {
  return {
    eventId,
    type,
    date,
    summary,
    data,
    recordedBy,
    recordedAt,
    ...(corrected && { corrected }),
    ...(retracted && { retracted }),
  };
}
