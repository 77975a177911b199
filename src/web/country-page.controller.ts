import { Controller, Get, Header, Param, Query, Req, UseFilters } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { Request } from 'express';
import { CountryDirectory } from '../countries/country-directory';
import { TIMELINE_CURSOR } from '../queries/timeline-index';
import { CountryNotFound } from '../shared/domain-errors';
import { renderCountryPage } from './country-page.view';
import { WebApiClient } from './web-api.client';
import { WebExceptionFilter } from './web-exception.filter';

@ApiExcludeController()
@UseFilters(WebExceptionFilter)
@Controller('country')
export class CountryPageController {
  constructor(private readonly directory: CountryDirectory) {}

  @Get(':code')
  @Header('Content-Type', 'text/html; charset=utf-8')
  @Header('Cache-Control', 'no-store')
  async country(@Req() request: Request, @Param('code') code: string, @Query('before') before?: unknown): Promise<string> {
    const country = this.directory.resolve(code);
    const api = WebApiClient.forRequest(request);
    const cursor = typeof before === 'string' && TIMELINE_CURSOR.test(before) ? before : undefined;
    const [status, timeline] = await Promise.all([api.status(country.code), api.timeline(country.code, { before: cursor })]);
    if (!status || !timeline) throw new CountryNotFound(code);
    return renderCountryPage({ country, status, timeline, earlierPage: cursor !== undefined });
  }
}
