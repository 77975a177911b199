import { ApiProperty } from '@nestjs/swagger';
import { IsIn, IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { IsBusinessDate, NotedRequestDto } from '../../http/request-validators';
import { EVENT_KINDS, EVENT_ROLES, EventKind, EventRole } from '../domain/country.events';

export class HoldEventRequestDto extends NotedRequestDto {
  @IsBusinessDate()
  date!: string;

  @ApiProperty({ example: 'National COP Summit', maxLength: 300 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(300)
  title!: string;

  @ApiProperty({ enum: EVENT_KINDS, example: 'summit' })
  @IsIn(EVENT_KINDS)
  kind!: EventKind;

  @ApiProperty({ enum: EVENT_ROLES, example: 'contributed', description: 'What ITU did at the event' })
  @IsIn(EVENT_ROLES)
  role!: EventRole;
}
