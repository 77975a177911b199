import { Injectable } from '@nestjs/common';
import { CountryStatusDocument, countryStatusProjection, emptyCountryStatus } from '../../projections/country-status.projection';
import { countryTimelineProjection, TimelineEntry, timelineKey } from '../../projections/country-timeline.projection';
import { CountryDirectory, CountryInfo } from '../countries/country-directory';
import { ITU_REGION_NAMES } from '../countries/itu-region';
import { ProjectionRunner } from '../read-models/projection-runner.service';
import { ReadModelStore } from '../read-models/read-model.store';
import {
  CountryIdentity,
  CountryStatusView,
  CountrySummaryView,
  CountryTimelineView,
  entryView,
  SerializedStatus,
  SerializedTimelinePage,
  timelinePageHref,
} from './country-query.views';
import { ListCountriesQueryDto } from './list-countries.query.dto';
import { ReadModelCaches } from './read-model-caches.service';
import { jsonBytes, weakEtagOf } from './serialized-json';
import { TimelineIndex } from './timeline-index';
import { DEFAULT_TIMELINE_LIMIT } from './timeline-query.dto';

export type TimelinePageRequest = { limit?: number; before?: string };

/**
 * Answers country queries from the persisted read models only, through in-memory caches that the projection
 * runner invalidates; names and regions come from the directory. Callers must not change what they get.
 * While a read model is being rebuilt from the log, its queries throw ReadModelRebuilding rather than answer from part of it.
 */
@Injectable()
export class CountryQueries {
  constructor(
    private readonly readModels: ReadModelStore,
    private readonly countries: CountryDirectory,
    private readonly caches: ReadModelCaches,
    private readonly runner: ProjectionRunner,
  ) {}

  /** Every ITU Member State, plus any other country something was logged for. */
  list(filter: ListCountriesQueryDto): CountrySummaryView[] {
    this.runner.assertComplete(countryStatusProjection.name);
    return this.caches
      .allCountries(() => this.summaries())
      .filter((country) => (!filter.region || country.region === filter.region) && (!filter.stage || country.stage === filter.stage));
  }

  /** Throws CountryNotFound for a code that is not an ISO 3166-1 country. */
  status(code: string): CountryStatusView {
    return this.serializedStatus(code).view;
  }

  /** The status with its JSON bytes, as the API sends it. */
  serializedStatus(code: string): SerializedStatus {
    const country = this.countries.resolve(code);
    this.runner.assertComplete(countryStatusProjection.name);
    return this.caches.statuses.remember(
      country.code,
      () => {
        const view = statusView(country, this.statusDocument(country.code));
        return { view, body: jsonBytes(view) };
      },
      () => 1,
    );
  }

  /** One page of the timeline, the latest entries first taken (see CountryTimelineView). */
  timeline(code: string, { limit = DEFAULT_TIMELINE_LIMIT, before }: TimelinePageRequest = {}): CountryTimelineView {
    const country = this.countries.resolve(code);
    this.runner.assertComplete(countryTimelineProjection.name);
    const index = this.caches.timelineIndexes.remember(
      country.code,
      () => TimelineIndex.read(this.readModels, country.code),
      (loaded) => loaded.bytes,
    );
    const page = index.page(limit, before);
    const entries = page.eventIds.flatMap((eventId) => {
      const entry = this.readModels.get<TimelineEntry>(countryTimelineProjection.name, timelineKey(country.code, eventId));
      return entry ? [entryView(entry)] : [];
    });
    const next = page.next === null ? null : { before: page.next, href: timelinePageHref(country.code, limit, page.next) };
    return { ...identityOf(country), total: page.total, limit, before: before ?? null, next, entries };
  }

  /** The same page serialised, as the API sends it: pages are asked for far more often than timelines change. */
  timelinePage(code: string, request: TimelinePageRequest = {}): SerializedTimelinePage {
    const country = this.countries.resolve(code);
    this.runner.assertComplete(countryTimelineProjection.name);
    const pageKey = `${request.limit ?? DEFAULT_TIMELINE_LIMIT}|${request.before ?? ''}`;
    const pages = this.caches.timelinePages.get(country.code) ?? new Map<string, SerializedTimelinePage>();
    const cached = pages.get(pageKey);
    if (cached) return cached;
    const view = this.timeline(country.code, request);
    const body = jsonBytes(view);
    const page = { body, etag: weakEtagOf(body), next: view.next };
    pages.set(pageKey, page);
    const bytes = [...pages.values()].reduce((total, { body: cached }) => total + cached.length, 0);
    this.caches.timelinePages.set(country.code, pages, bytes);
    return page;
  }

  private statusDocument(code: string): CountryStatusDocument {
    return this.readModels.get<CountryStatusDocument>(countryStatusProjection.name, code) ?? emptyCountryStatus(code);
  }

  private summaries(): CountrySummaryView[] {
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
      });
  }
}

function statusView(country: CountryInfo, status: CountryStatusDocument): CountryStatusView {
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

function identityOf(country: CountryInfo): CountryIdentity {
  return {
    code: country.code,
    alpha2: country.alpha2,
    name: country.name,
    region: country.region,
    regionName: country.region ? ITU_REGION_NAMES[country.region] : null,
  };
}
