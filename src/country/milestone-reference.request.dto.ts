import { ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsNotEmpty, IsString, IsUUID, MaxLength } from 'class-validator';
import { NotedRequestDto } from '../http/request-validators';

export const REASON_MAX_LENGTH = 1000;

const trimmed = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);
const lowerCased = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.toLowerCase() : value);

/** Points at an earlier milestone of the country and says why it is being revised. */
export class MilestoneReferenceRequestDto extends NotedRequestDto {
  @ApiProperty({ format: 'uuid', description: "The eventId of the milestone, as shown on the country's timeline" })
  @Transform(lowerCased)
  @IsUUID('all', { message: '$property must be the UUID of a recorded milestone' })
  eventId!: string;

  @ApiProperty({ example: 'The training took place a day later than first reported', maxLength: REASON_MAX_LENGTH })
  @Transform(trimmed)
  @IsString()
  @IsNotEmpty()
  @MaxLength(REASON_MAX_LENGTH)
  reason!: string;
}
