import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsInt, IsOptional, Matches, Max, Min } from 'class-validator';
import { TIMELINE_CURSOR, TIMELINE_CURSOR_EXAMPLE } from './timeline-index';

/** A page a person reads at a glance; a longer one is asked for, and costs every reader of the country page. */
export const DEFAULT_TIMELINE_LIMIT = 50;
export const MAX_TIMELINE_LIMIT = 1000;

const LIMIT_MESSAGE = `$property must be a whole number from 1 to ${MAX_TIMELINE_LIMIT}`;

export class TimelineQueryDto {
  @ApiPropertyOptional({
    minimum: 1,
    maximum: MAX_TIMELINE_LIMIT,
    default: DEFAULT_TIMELINE_LIMIT,
    description: 'How many entries: the latest ones (before the `before` cursor, if given)',
  })
  @IsOptional()
  @Transform(({ value }) => (typeof value === 'string' && /^\d{1,9}$/.test(value) ? Number(value) : value))
  @IsInt({ message: LIMIT_MESSAGE })
  @Min(1, { message: LIMIT_MESSAGE })
  @Max(MAX_TIMELINE_LIMIT, { message: LIMIT_MESSAGE })
  limit?: number;

  @ApiPropertyOptional({
    example: TIMELINE_CURSOR_EXAMPLE,
    description:
      'Cursor `<business date>_<log position>`: only entries before that place in the timeline order. Take it from ' +
      '`next.before` of the previous page. It names a place, not an offset, so pages do not shift while entries are logged.',
  })
  @IsOptional()
  @Matches(TIMELINE_CURSOR, { message: `$property must be a cursor from a previous page's next.before, e.g. ${TIMELINE_CURSOR_EXAMPLE}` })
  before?: string;
}
