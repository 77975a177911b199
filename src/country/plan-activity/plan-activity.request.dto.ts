import { ApiProperty } from '@nestjs/swagger';
import { IsIn, IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { IsQuarter, NotedRequestDto } from '../../http/request-validators';
import { PLANNED_ACTIVITY_KINDS, PlannedActivityKind } from '../domain/country.events';

export class PlanActivityRequestDto extends NotedRequestDto {
  @IsQuarter()
  plannedFor!: string;

  @ApiProperty({ enum: PLANNED_ACTIVITY_KINDS, example: 'training' })
  @IsIn(PLANNED_ACTIVITY_KINDS)
  kind!: PlannedActivityKind;

  @ApiProperty({ example: 'Training of Trainers for Educators', maxLength: 300 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(300)
  title!: string;
}
