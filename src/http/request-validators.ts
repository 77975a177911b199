import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsISO8601, IsOptional, IsString, Matches, MaxLength } from 'class-validator';

export const NOTE_MAX_LENGTH = 2000;

/** A calendar date as YYYY-MM-DD (2024-02-30 is rejected). */
export const IsBusinessDate = () =>
  applyDecorators(
    ApiProperty({ example: '2024-11-12', description: 'Business date the milestone happened (YYYY-MM-DD)' }),
    Matches(/^\d{4}-\d{2}-\d{2}$/, { message: '$property must be a date formatted YYYY-MM-DD' }),
    IsISO8601({ strict: true }, { message: '$property must be a real calendar date' }),
  );

export const IsQuarter = () =>
  applyDecorators(
    ApiProperty({ example: '2025-Q1', description: 'Quarter as YYYY-Qn' }),
    Matches(/^\d{4}-Q[1-4]$/, { message: '$property must be a quarter formatted YYYY-Qn, e.g. 2025-Q1' }),
  );

export const IsOptionalText = (maxLength = 500) =>
  applyDecorators(ApiPropertyOptional({ maxLength }), IsOptional(), IsString(), MaxLength(maxLength));

export class NotedRequestDto {
  @IsOptionalText(NOTE_MAX_LENGTH)
  note?: string;
}
