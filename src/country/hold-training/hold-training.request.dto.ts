import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  IsArray,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { IsBusinessDate, NotedRequestDto } from '../../http/request-validators';
import { TRAINING_AUDIENCES, TRAINING_FORMATS, TrainingAudience, TrainingFormat } from '../domain/country.events';

export class HoldTrainingRequestDto extends NotedRequestDto {
  @IsBusinessDate()
  date!: string;

  @ApiProperty({ example: 'Training of Trainers for Educators' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(300)
  title!: string;

  @ApiProperty({ enum: TRAINING_AUDIENCES })
  @IsIn(TRAINING_AUDIENCES)
  audience!: TrainingAudience;

  @ApiPropertyOptional({ enum: TRAINING_FORMATS })
  @IsOptional()
  @IsIn(TRAINING_FORMATS)
  format?: TrainingFormat;

  @ApiPropertyOptional({ minimum: 1, maximum: 100000 })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(100000)
  participants?: number;

  @ApiPropertyOptional({ type: [String], example: ['Scort Foundation'] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @IsNotEmpty({ each: true })
  @MaxLength(200, { each: true })
  partners?: string[];
}
