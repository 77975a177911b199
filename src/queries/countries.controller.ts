import { Controller, Get, Param, Query, Res } from '@nestjs/common';
import { ApiHeader, ApiNotFoundResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Response } from 'express';
import { CountryQueries } from './country-queries.service';
import { CountryStatusView, CountrySummaryView, CountryTimelineView } from './country-query.views';
import { ListCountriesQueryDto } from './list-countries.query.dto';

@ApiTags('countries')
@Controller('countries')
export class CountriesController {
  constructor(private readonly queries: CountryQueries) {}

  @Get()
  @ApiOkResponse({ description: 'Every country with its ITU region, stage and last activity date, by name' })
  list(@Query() filter: ListCountriesQueryDto): CountrySummaryView[] {
    return this.queries.list(filter);
  }

  @Get(':code')
  @ApiOkResponse({
    description: 'Current status; the ETag is the revision to send as If-Match with the next command',
    headers: { ETag: { description: 'The country stream revision, e.g. "3" ("-1" before the first event)' } },
  })
  @ApiNotFoundResponse({ description: 'Not an ISO 3166-1 country code' })
  status(@Param('code') code: string, @Res({ passthrough: true }) response: Response): CountryStatusView {
    const status = this.queries.status(code);
    response.setHeader('ETag', `"${status.revision}"`);
    response.setHeader('Cache-Control', 'no-cache');
    return status;
  }

  @Get(':code/timeline')
  @ApiOkResponse({ description: 'Every milestone in business-date order, with corrections and retractions' })
  @ApiNotFoundResponse({ description: 'Not an ISO 3166-1 country code' })
  @ApiHeader({ name: 'Accept', required: false })
  timeline(@Param('code') code: string): CountryTimelineView {
    return this.queries.timeline(code);
  }
}
