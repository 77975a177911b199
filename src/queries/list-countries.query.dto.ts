import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsIn, IsOptional } from 'class-validator';
import { COUNTRY_STAGES, CountryStage } from '../../projections/country-stage';
import { ITU_REGIONS, ItuRegion } from '../countries/itu-region';

const normalised =
  (caseOf: (text: string) => string) =>
  ({ value }: { value: unknown }) =>
    typeof value === 'string' ? caseOf(value.trim()) : value;

export class ListCountriesQueryDto {
  @ApiPropertyOptional({ enum: ITU_REGIONS, description: 'ITU region code' })
  @IsOptional()
  @Transform(normalised((text) => text.toUpperCase()))
  @IsIn(ITU_REGIONS, { message: `$property must be one of the ITU regions ${ITU_REGIONS.join(', ')}` })
  region?: ItuRegion;

  @ApiPropertyOptional({ enum: COUNTRY_STAGES })
  @IsOptional()
  @Transform(normalised((text) => text.toLowerCase()))
  @IsIn(COUNTRY_STAGES, { message: `$property must be one of ${COUNTRY_STAGES.join(', ')}` })
  stage?: CountryStage;
}
