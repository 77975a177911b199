import { Controller, Get, Header, Query, Req, UseFilters } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Request } from 'express';
import type { AuditEntry, AuditFilter } from '../audit/audit-entry';
import { RequiresRole } from '../auth/access.decorators';
import { renderAuditPage } from './audit-page.view';
import { ApiErrorBody, WebApiClient, WebApiUnavailable } from './web-api.client';
import { WebExceptionFilter } from './web-exception.filter';

const FILTER_FIELDS: (keyof AuditFilter)[] = ['country', 'actor', 'from', 'to'];

@ApiExcludeController()
@UseFilters(WebExceptionFilter)
@Controller('audit-trail')
export class AuditPageController {
  @Get()
  @RequiresRole('manager', 'admin')
  @Header('Content-Type', 'text/html; charset=utf-8')
  @Header('Cache-Control', 'no-store')
  async audit(@Req() request: Request, @Query() query: Record<string, unknown>): Promise<string> {
    const filter: AuditFilter = Object.fromEntries(
      FILTER_FIELDS.flatMap((field) => (typeof query[field] === 'string' && query[field] !== '' ? [[field, query[field]]] : [])),
    );
    const before: Record<string, string> = typeof query.before === 'string' && query.before !== '' ? { before: query.before } : {};
    const search = new URLSearchParams({ ...filter, limit: '500', ...before }).toString();
    const response = await WebApiClient.forRequest(request).get<AuditEntry[] | ApiErrorBody>(`/audit?${search}`);
    if (Array.isArray(response.body)) return renderAuditPage(filter, response.body, undefined, nextCursorOf(response.headers.get('link')));
    if (response.status >= 500 || !response.body) throw new WebApiUnavailable(`GET /api/audit answered ${response.status}`);
    return renderAuditPage(filter, [], response.body.message);
  }
}

/** The `before` cursor of the API's rel="next" link, if the log was not read to its start. */
function nextCursorOf(link: string | null): string | undefined {
  if (!link || !/rel="next"/.test(link)) return undefined;
  return /[?&]before=(\d+)/.exec(link)?.[1];
}
