import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { RequiresRole } from '../auth/access.decorators';
import { AuditEntry } from './audit-entry';
import { AuditLog } from './audit-log.service';
import { AuditQueryDto } from './audit-query.dto';

@ApiTags('audit')
@Controller('audit')
export class AuditController {
  constructor(private readonly audit: AuditLog) {}

  @Get()
  @RequiresRole('manager', 'admin')
  @ApiOkResponse({ description: 'Every write (recorded, corrected, retracted, published), newest first' })
  entries(@Query() { limit = 500, ...filter }: AuditQueryDto): Promise<AuditEntry[]> {
    return this.audit.entries(filter, limit);
  }
}
