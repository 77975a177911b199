import { Request } from 'express';
import type { TimelineCorrection, TimelineRetraction } from '../../projections/country-timeline.projection';
import { queryStringOf } from '../http/query-string';
import type { CountryIdentity, CountryStatusView, CountrySummaryView } from '../queries/country-query.views';

export type ApiResponse<T> = { status: number; body: T; headers: Headers };

/** The API's answers as the pages use them (GET /api/countries, /api/countries/{code}, .../timeline). */
export type CountrySummary = CountrySummaryView;
export type { CountryStatusView };

export type TimelineEntry = {
  eventId: string;
  type: string;
  date: string;
  summary: string;
  data: object;
  recordedBy: string;
  recordedAt: string;
  corrected?: TimelineCorrection[];
  retracted?: TimelineRetraction;
};

/** A page of the timeline: the latest entries (before a cursor), in business-date order. */
export type TimelinePage = { total: number; next: { before: string; href: string } | null; entries: TimelineEntry[] };

export type CountryTimelineView = CountryIdentity & TimelinePage;

export type TimelinePageRequest = { before?: string; limit?: number };

const LARGEST_TIMELINE_PAGE = 1000;

export type ApiErrorBody = { statusCode: number; error: string; message: string };

export class WebApiUnavailable extends Error {}

/** The API answered 503 for a while (a read model being rebuilt): its message and Retry-After are passed on. */
export class WebApiBusy extends WebApiUnavailable {
  constructor(
    message: string,
    readonly retryAfter: string | null,
  ) {
    super(message);
  }
}

function unavailable(path: string, response: ApiResponse<unknown>): WebApiUnavailable {
  const { message } = (response.body ?? {}) as Partial<ApiErrorBody>;
  if (response.status === 503 && message) return new WebApiBusy(message, response.headers.get('retry-after'));
  return new WebApiUnavailable(`GET /api${path} answered ${response.status}`);
}

/**
 * The pages read through the public HTTP API of this same process, so they show exactly
 * what any other client sees (including read-your-writes) and depend only on its contract.
 * They read with the visitor's own credentials, so a page never shows more than the API would.
 */
export class WebApiClient {
  private constructor(
    private readonly baseUrl: string,
    private readonly credentials: Record<string, string>,
  ) {}

  static forRequest(request: Request): WebApiClient {
    const socket = request.socket;
    const address = socket.localAddress?.replace(/^::ffff:/, '') ?? '127.0.0.1';
    const host = address.includes(':') ? `[${address}]` : address;
    const credentials = Object.fromEntries(
      (['cookie', 'authorization'] as const).flatMap((name) => (request.headers[name] ? [[name, request.headers[name]]] : [])),
    );
    return new WebApiClient(`http://${host}:${socket.localPort}/api`, credentials);
  }

  async get<T>(path: string): Promise<ApiResponse<T>> {
    let response: Response;
    try {
      response = await fetch(`${this.baseUrl}${path}`, { headers: { accept: 'application/json', ...this.credentials } });
    } catch (error) {
      throw new WebApiUnavailable(`The API did not answer ${path}: ${(error as Error).message}`);
    }
    const text = await response.text();
    return { status: response.status, body: (text ? JSON.parse(text) : null) as T, headers: response.headers };
  }

  /** The country's status, or undefined when the API does not know the code. */
  async status(code: string): Promise<CountryStatusView | undefined> {
    return this.found<CountryStatusView>(`/countries/${encodeURIComponent(code)}`);
  }

  /** A page of the country's timeline, or undefined when the API does not know the code. */
  async timeline(code: string, page: TimelinePageRequest = {}): Promise<TimelinePage | undefined> {
    const query = queryStringOf(page);
    return this.found<TimelinePage>(`/countries/${encodeURIComponent(code)}/timeline${query ? `?${query}` : ''}`);
  }

  /** Looks for one entry page by page, from the latest. */
  async timelineEntry(code: string, eventId: string): Promise<TimelineEntry | undefined> {
    let before: string | undefined;
    do {
      const page = await this.timeline(code, { before, limit: LARGEST_TIMELINE_PAGE });
      const entry = page?.entries.find((candidate) => candidate.eventId === eventId);
      if (entry) return entry;
      before = page?.next?.before;
    } while (before);
    return undefined;
  }

  private async found<T>(path: string): Promise<T | undefined> {
    const response = await this.get<T>(path);
    if (response.status === 404) return undefined;
    if (response.status !== 200) throw unavailable(path, response);
    return response.body;
  }

  async countries(filters: { region?: string; stage?: string } = {}): Promise<CountrySummary[]> {
    const query = new URLSearchParams(
      Object.entries(filters).filter((entry): entry is [string, string] => Boolean(entry[1])),
    ).toString();
    const path = `/countries${query ? `?${query}` : ''}`;
    const response = await this.get<CountrySummary[] | ApiErrorBody>(path);
    if (response.status !== 200 || !Array.isArray(response.body)) throw unavailable(path, response);
    return response.body;
  }
}
