import { Controller, Get, Header, Query, Req, UseFilters } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { Request } from 'express';
import { renderReportsPage } from './reports-page.view';
import { WebApiClient } from './web-api.client';
import { WebExceptionFilter } from './web-exception.filter';

const FIRST_YEAR = 2008;

const quarterOf = (date: string) => `${date.slice(0, 4)}-Q${Math.floor((Number(date.slice(5, 7)) - 1) / 3) + 1}`;

@ApiExcludeController()
@UseFilters(WebExceptionFilter)
@Controller('reports')
export class ReportsPageController {
  @Get()
  @Header('Content-Type', 'text/html; charset=utf-8')
  @Header('Cache-Control', 'no-store')
  async reports(@Req() request: Request, @Query('year') year?: string, @Query('quarter') quarter?: string): Promise<string> {
    const thisYear = new Date().getUTCFullYear();
    const years = Array.from({ length: thisYear + 2 - FIRST_YEAR }, (_, index) => thisYear + 1 - index);
    const chosen =
      /^\d{4}$/.test(year ?? '') && /^[1-4]$/.test(quarter ?? '') && years.includes(Number(year))
        ? `${year}-Q${quarter}`
        : await this.latestActiveQuarter(request);
    return renderReportsPage({ quarter: chosen, years });
  }

  /** Opens on the latest quarter anything happened in, which is the one people usually want. */
  private async latestActiveQuarter(request: Request): Promise<string> {
    const countries = await WebApiClient.forRequest(request).countries();
    const dates = countries.flatMap((country) => country.lastActivityDate ?? []).sort();
    return quarterOf(dates.at(-1) ?? new Date().toISOString().slice(0, 10));
  }
}
