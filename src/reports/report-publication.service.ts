import { Inject, Injectable } from '@nestjs/common';
import type { QuarterId } from '../country/domain/country.events';
import { dateOf, quarterOf } from '../country/domain/business-rules';
import type { NewEvent, Recorded } from '../event-store/event-envelope';
import { DuplicateEventId } from '../event-store/event-store.errors';
import { EVENT_STORE, EventStore } from '../event-store/event-store.port';
import { BusinessRuleViolated, IdempotencyKeyReused, NotFound } from '../shared/domain-errors';
import type { CommandContext } from '../shared/command/command-context';
import { eventIdFor } from '../shared/command/event-ids';
import { metadataFrom } from '../shared/command/new-events';
import { SCHEMA_VERSION } from '../tracker-events';
import { ChangeSincePublication, changesSincePublication } from './changes-since-publication';
import { QuarterlyReportService } from './quarterly-report.service';
import { LogPlace, QuarterlyReportPublished, reportStream } from './report.events';
import { RenderedReport, ReportFormat } from './report-formats';

export const PUBLISHED_FORMAT: ReportFormat = 'md';

export type PublicationReceipt = {
  eventId: string;
  position: number;
  quarter: QuarterId;
  asOf: string;
  format: string;
  contentHash: string;
  throughPosition: number;
  through?: LogPlace;
};

export type Publication = {
  event: Recorded<QuarterlyReportPublished>;
  rendered: RenderedReport;
  changes: ChangeSincePublication[];
};

const receiptOf = (event: Recorded<QuarterlyReportPublished>): PublicationReceipt => ({
  eventId: event.eventId,
  position: event.position,
  ...event.data,
});

/** Publishing records what the report said and as of when; the bytes are regenerated from the log, never stored. */
@Injectable()
export class ReportPublicationService {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly reports: QuarterlyReportService,
  ) {}

  async publish(quarter: QuarterId, context: CommandContext): Promise<PublicationReceipt> {
    const history = (await this.store.readStream(reportStream(quarter))) as Recorded<QuarterlyReportPublished>[];
    const earlier = context.idempotencyKey && history.find((event) => event.metadata.idempotencyKey === context.idempotencyKey);
    if (earlier) {
      if (earlier.metadata.requestHash !== context.requestHash) throw new IdempotencyKeyReused(context.idempotencyKey!);
      return receiptOf(earlier);
    }
    const current = quarterOf(dateOf(context.now));
    if (quarter > current) {
      throw new BusinessRuleViolated(`The ${quarter} report cannot be published before the quarter begins (it is now ${current})`, 'quarter');
    }
    const [last] = await this.store.readAllBackwards({ maxCount: 1 });
    const throughPosition = last?.position ?? 0;
    const asOf = context.now;
    const rendered = await this.reports.render(quarter, PUBLISHED_FORMAT, { recordedAt: asOf, throughPosition });
    const through = last && { streamName: last.streamName, revision: last.revision };
    const event: NewEvent<QuarterlyReportPublished> = {
      type: 'QuarterlyReportPublished',
      data: { quarter, asOf, format: PUBLISHED_FORMAT, contentHash: rendered.contentHash, throughPosition, ...(through && { through }) },
      eventId: eventIdFor(context, 0),
      schemaVersion: SCHEMA_VERSION,
      metadata: metadataFrom(context),
    };
    try {
      const result = await this.store.appendToStream(reportStream(quarter), [event], 'any');
      return receiptOf(result.events[0] as Recorded<QuarterlyReportPublished>);
    } catch (error) {
      if (error instanceof DuplicateEventId && context.idempotencyKey) throw new IdempotencyKeyReused(context.idempotencyKey);
      throw error;
    }
  }

  /** The latest publication of the quarter, its bytes regenerated, and what was recorded for the quarter since. */
  async latest(quarter: QuarterId, format?: ReportFormat): Promise<Publication> {
    const history = (await this.store.readStream(reportStream(quarter))) as Recorded<QuarterlyReportPublished>[];
    const event = history.at(-1);
    if (!event) throw new NotFound(`The ${quarter} report has not been published yet`);
    const cutoff = { recordedAt: event.data.asOf, throughPosition: await this.positionHere(event.data) };
    const rendered = await this.reports.render(quarter, format ?? (event.data.format as ReportFormat), cutoff);
    const changes = await changesSincePublication(this.reports.quarterEventReader, quarter, cutoff);
    return { event, rendered, changes };
  }

  /** Where the publication's last event is in this store, which may not be the one it was published on. */
  private async positionHere({ quarter, through, throughPosition }: QuarterlyReportPublished['data']): Promise<number> {
    if (!through) return throughPosition;
    const [last] = await this.store.readStream(through.streamName, through.revision, 1);
    if (!last) {
      throw new NotFound(`The ${quarter} report was built from ${through.streamName}@${through.revision}, which this store does not hold`);
    }
    return last.position;
  }
}
