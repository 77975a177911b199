import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { IsBusinessDate, NotedRequestDto } from '../../http/request-validators';
import { REGIONAL_ACTIVITY_KINDS, RegionalActivityKind } from '../regional-activity.events';

export const MIN_REGIONAL_COUNTRIES = 2;
export const MAX_REGIONAL_COUNTRIES = 100;

const COUNTRY_CODE = /^[A-Za-z]{2,3}$/;

export class HoldRegionalActivityRequestDto extends NotedRequestDto {
  @ApiProperty({
    type: [String],
    example: ['KEN', 'GH', 'NGA'],
    description: 'The participating countries, as ISO 3166-1 alpha-2 or alpha-3 codes',
    minItems: MIN_REGIONAL_COUNTRIES,
    maxItems: MAX_REGIONAL_COUNTRIES,
  })
  @IsArray()
  @ArrayMinSize(MIN_REGIONAL_COUNTRIES, { message: '$property must list at least $constraint1 countries' })
  @ArrayMaxSize(MAX_REGIONAL_COUNTRIES)
  @IsString({ each: true })
  @Matches(COUNTRY_CODE, { each: true, message: 'each value in $property must be an ISO 3166-1 alpha-2 or alpha-3 code' })
  @ArrayUnique((code: unknown) => String(code).toUpperCase(), { message: '$property must not list a country twice' })
  countries!: string[];

  @IsBusinessDate()
  date!: string;

  @ApiProperty({ enum: REGIONAL_ACTIVITY_KINDS, example: 'workshop' })
  @IsIn(REGIONAL_ACTIVITY_KINDS)
  kind!: RegionalActivityKind;

  @ApiProperty({ example: 'Regional COP Workshop for Africa', maxLength: 300 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(300)
  title!: string;

  @ApiPropertyOptional({ example: 'KEN', description: 'The host country, as an ISO 3166-1 alpha-2 or alpha-3 code' })
  @IsOptional()
  @IsString()
  @Matches(COUNTRY_CODE, { message: '$property must be an ISO 3166-1 alpha-2 or alpha-3 code' })
  host?: string;

  @ApiPropertyOptional({ minimum: 1, maximum: 100000, example: 200 })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(100000)
  participants?: number;
}
