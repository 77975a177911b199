import { Controller, Get, Query, Res } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { RequiresRole } from '../auth/access.decorators';
import { queryStringOf } from '../http/query-string';
import { AuditEntry } from './audit-entry';
import { AUDIT_EVENTS_SCANNED, AuditLog } from './audit-log.service';
import { AuditQueryDto } from './audit-query.dto';

@ApiTags('audit')
@Controller('audit')
export class AuditController {
  constructor(private readonly audit: AuditLog) {}

  @Get()
  @RequiresRole('manager', 'admin')
  @ApiOkResponse({
    description:
      `Every write (recorded, corrected, retracted, published), newest first. One request reads at most ` +
      `${AUDIT_EVENTS_SCANNED.toLocaleString('en')} events of the log; when there is more to read, the Link header's ` +
      'rel="next" continues from where this page stopped (`before`), so a page can hold fewer than `limit` entries.',
    headers: { Link: { description: 'rel="next": the older entries, when the log was not read to its start' } },
  })
  async entries(@Query() query: AuditQueryDto, @Res({ passthrough: true }) response: Response): Promise<AuditEntry[]> {
    const { limit = 500, before, ...filter } = query;
    const page = await this.audit.page(filter, limit, before);
    if (page.before !== null) response.setHeader('Link', `</api/audit?${queryStringOf({ ...query, limit, before: page.before })}>; rel="next"`);
    return page.entries;
  }
}
