import { Module } from '@nestjs/common';
import { ScheduleModule } from '@nestjs/schedule';
import { QueriesModule } from '../queries/queries.module';
import { QuarterlyReportController } from './quarterly-report.controller';
import { IndexedQuarterEvents } from './indexed-quarter-events';
import { QuarterlyReportService } from './quarterly-report.service';
import { ReportDraftScheduler } from './report-draft.scheduler';
import { ReportPublicationService } from './report-publication.service';
import { REPORTS_CONFIG, reportsConfigFromEnv } from './reports-config';

@Module({
  imports: [ScheduleModule.forRoot(), QueriesModule],
  controllers: [QuarterlyReportController],
  providers: [
    QuarterlyReportService,
    IndexedQuarterEvents,
    ReportPublicationService,
    ReportDraftScheduler,
    { provide: REPORTS_CONFIG, useFactory: () => reportsConfigFromEnv() },
  ],
  exports: [QuarterlyReportService],
})
export class ReportsModule {}
