import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsISO8601, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';

export class AuditQueryDto {
  @ApiPropertyOptional({ description: 'ISO 3166-1 alpha-2 or alpha-3 code' })
  @IsOptional()
  @IsString()
  @MaxLength(3)
  country?: string;

  @ApiPropertyOptional({ description: 'Name of the user who made the change' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  actor?: string;

  @ApiPropertyOptional({ description: 'Recorded on or after (YYYY-MM-DD or an ISO timestamp)' })
  @IsOptional()
  @IsISO8601({ strict: true }, { message: '$property must be a date (YYYY-MM-DD) or an ISO timestamp' })
  from?: string;

  @ApiPropertyOptional({ description: 'Recorded on or before (YYYY-MM-DD includes the whole day)' })
  @IsOptional()
  @IsISO8601({ strict: true }, { message: '$property must be a date (YYYY-MM-DD) or an ISO timestamp' })
  to?: string;

  @ApiPropertyOptional({ default: 500, maximum: 5000 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(5000)
  limit?: number;

  @ApiPropertyOptional({ description: 'Only changes logged before this log position: the cursor in the Link header of the page before' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  before?: number;
}
