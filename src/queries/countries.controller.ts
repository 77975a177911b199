import { Controller, Get, Param, Query, Res } from '@nestjs/common';
import { ApiBadRequestResponse, ApiHeader, ApiNotFoundResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Response } from 'express';
import { CountryQueries } from './country-queries.service';
import { CountrySummaryView } from './country-query.views';
import { ListCountriesQueryDto } from './list-countries.query.dto';
import { sendJsonBytes } from './serialized-json';
import { DEFAULT_TIMELINE_LIMIT, MAX_TIMELINE_LIMIT, TimelineQueryDto } from './timeline-query.dto';

@ApiTags('countries')
@Controller('countries')
export class CountriesController {
  constructor(private readonly queries: CountryQueries) {}

  @Get()
  @ApiOkResponse({ description: 'Every country with its ITU region, stage and last activity date, by name' })
  list(@Query() filter: ListCountriesQueryDto): CountrySummaryView[] {
    return this.queries.list(filter);
  }

  /** Answers a CountryStatusView, sent as the JSON bytes cached for the country. */
  @Get(':code')
  @ApiOkResponse({
    description: 'Current status; the ETag is the revision to send as If-Match with the next command',
    headers: { ETag: { description: 'The country stream revision, e.g. "3" ("-1" before the first event)' } },
  })
  @ApiNotFoundResponse({ description: 'Not an ISO 3166-1 country code' })
  status(@Param('code') code: string, @Res() response: Response): void {
    const { view, body } = this.queries.serializedStatus(code);
    response.setHeader('Cache-Control', 'no-cache');
    sendJsonBytes(response, body, `"${view.revision}"`);
  }

  /** Answers a CountryTimelineView, sent as the JSON bytes cached for the page. */
  @Get(':code/timeline')
  @ApiOkResponse({
    description:
      'One page of milestones in business-date order, with corrections and retractions: the latest `limit` ' +
      `(${DEFAULT_TIMELINE_LIMIT} unless asked, at most ${MAX_TIMELINE_LIMIT}) ` +
      'before the `before` cursor, or of all. `total` counts every entry; `next` (null on the first ' +
      'page) holds the cursor and the link of the page before this one. Cursors name a place in the timeline, so pages ' +
      'stay put while entries are logged.',
    headers: { Link: { description: 'rel="next": the page of earlier entries, when there is one' } },
  })
  @ApiBadRequestResponse({ description: `\`limit\` is not a whole number from 1 to ${MAX_TIMELINE_LIMIT}, or \`before\` is not a cursor` })
  @ApiNotFoundResponse({ description: 'Not an ISO 3166-1 country code' })
  @ApiHeader({ name: 'Accept', required: false })
  timeline(@Param('code') code: string, @Query() page: TimelineQueryDto, @Res() response: Response): void {
    const { body, etag, next } = this.queries.timelinePage(code, page);
    if (next) response.setHeader('Link', `<${next.href}>; rel="next"`);
    sendJsonBytes(response, body, etag);
  }
}
