import { Module } from '@nestjs/common';
import { AuditController } from './audit.controller';
import { AuditLog } from './audit-log.service';
import { LoggedDaysReader } from './logged-days';

/** GET /api/audit: every write with its author, read from the event log. */
@Module({
  controllers: [AuditController],
  providers: [AuditLog, LoggedDaysReader],
})
export class AuditModule {}
