import { applyDecorators } from '@nestjs/common';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsISO8601, IsOptional, Matches } from 'class-validator';
import { IsQuarter } from '../http/request-validators';
import { INSTANT_WITH_ZONE } from './quarter';
import { REPORT_FORMATS, ReportFormat } from './report-formats';

const IsReportFormat = () =>
  applyDecorators(
    ApiPropertyOptional({ enum: REPORT_FORMATS }),
    IsOptional(),
    IsIn(REPORT_FORMATS, { message: `$property must be one of ${REPORT_FORMATS.join(', ')}` }),
  );

export class QuarterParamsDto {
  @IsQuarter()
  quarter!: string;
}

export class ReportQueryDto {
  @IsReportFormat()
  format?: ReportFormat;

  @ApiPropertyOptional({
    example: '2025-01-05T12:00:00Z',
    description: 'Render the quarter from only the events recorded up to this instant',
  })
  @IsOptional()
  @Matches(INSTANT_WITH_ZONE, { message: '$property must be an ISO 8601 timestamp with a time zone, e.g. 2025-01-05T12:00:00Z' })
  @IsISO8601({ strict: true }, { message: '$property must be a real instant' })
  asOf?: string;
}

export class PublishedReportQueryDto {
  @IsReportFormat()
  format?: ReportFormat;
}
