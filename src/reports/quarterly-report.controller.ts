import { Controller, Get, Param, Post, Query, Res } from '@nestjs/common';
import { ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { RequiresRole } from '../auth/access.decorators';
import { CommandContextFromRequest } from '../http/command-context.decorator';
import type { CommandContext } from '../shared/command/command-context';
import { QuarterlyReportService } from './quarterly-report.service';
import { PublicationReceipt, ReportPublicationService } from './report-publication.service';
import { RenderedReport, REPORT_CONTENT_TYPES } from './report-formats';
import { PublishedReportQueryDto, QuarterParamsDto, ReportQueryDto } from './report-request.dto';
import type { ChangeSincePublication } from './changes-since-publication';

export type PublishedReportEnvelope = {
  quarter: string;
  publishedAt: string;
  publishedBy: string;
  eventId: string;
  asOf: string;
  format: string;
  filename: string;
  /** The hash recorded when publishing, and the hash of the bytes regenerated now: equal unless history was rewritten. */
  contentHash: string;
  regeneratedHash: string;
  identical: boolean;
  content: string;
  changesSincePublication: ChangeSincePublication[];
};

/**
 * The rendered bytes as they are, with their hash as a strong ETag: Express then computes no ETag of its own over
 * megabytes of report, and answers an If-None-Match that names the same bytes with 304 and no body.
 */
function sendReport(response: Response, rendered: RenderedReport, extraHeaders: Record<string, string> = {}): void {
  response.setHeader('Content-Type', rendered.contentType);
  response.setHeader('Content-Disposition', rendered.contentDisposition);
  response.setHeader('X-Content-Hash', rendered.contentHash);
  response.setHeader('ETag', `"${rendered.contentHash}"`);
  Object.entries(extraHeaders).forEach(([name, value]) => response.setHeader(name, value));
  response.send(rendered.body);
}

@ApiTags('reports')
@Controller('reports/quarterly')
export class QuarterlyReportController {
  constructor(
    private readonly reports: QuarterlyReportService,
    private readonly publications: ReportPublicationService,
  ) {}

  @Get(':quarter')
  @ApiProduces(...REPORT_CONTENT_TYPES)
  @ApiOkResponse({
    description: 'The quarterly activity report in the requested format (json by default); its ETag is the hash of the bytes',
  })
  async report(
    @Param() { quarter }: QuarterParamsDto,
    @Query() { format = 'json', asOf }: ReportQueryDto,
    @Res() response: Response,
  ): Promise<void> {
    const cutoff = asOf === undefined ? undefined : { recordedAt: new Date(asOf).toISOString() };
    return sendReport(response, await this.reports.render(quarter, format, cutoff));
  }

  @RequiresRole('manager')
  @Post(':quarter/publish')
  publish(@Param() { quarter }: QuarterParamsDto, @CommandContextFromRequest() context: CommandContext): Promise<PublicationReceipt> {
    return this.publications.publish(quarter, context);
  }

  @Get(':quarter/published')
  @ApiOkResponse({
    description:
      'Without format: a JSON envelope with the published content, its hashes and the changes since publication. ' +
      'With format: the published report regenerated in that format.',
  })
  async published(
    @Param() { quarter }: QuarterParamsDto,
    @Query() { format }: PublishedReportQueryDto,
    @Res() response: Response,
  ): Promise<void> {
    const { event, rendered, changes } = await this.publications.latest(quarter, format);
    if (format) {
      return sendReport(response, rendered, {
        'X-Published-Content-Hash': event.data.contentHash,
        'X-Report-As-Of': event.data.asOf,
        'X-Changes-Since-Publication': String(changes.length),
      });
    }
    response.setHeader('X-Content-Hash', rendered.contentHash);
    const envelope: PublishedReportEnvelope = {
      quarter,
      publishedAt: event.metadata.recordedAt,
      publishedBy: event.metadata.actor,
      eventId: event.eventId,
      asOf: event.data.asOf,
      format: event.data.format,
      filename: rendered.filename,
      contentHash: event.data.contentHash,
      regeneratedHash: rendered.contentHash,
      identical: rendered.contentHash === event.data.contentHash,
      content: rendered.body.toString('utf8'),
      changesSincePublication: changes,
    };
    response.json(envelope);
  }
}
