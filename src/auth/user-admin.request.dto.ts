import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsIn, IsInt, IsOptional, IsString, Max, MaxLength, Min, MinLength } from 'class-validator';
import { ITU_REGIONS } from '../countries/itu-region';
import { ROLES } from './principal';
import { MIN_PASSWORD_LENGTH } from './user-accounts';

export class CreateUserRequestDto {
  @ApiProperty({ example: 'amina' })
  @IsString()
  @MaxLength(100)
  name!: string;

  @ApiProperty({ enum: ROLES, isArray: true, example: ['officer'] })
  @IsArray()
  @IsIn(ROLES, { each: true, message: 'each of roles must be one of officer, manager, admin' })
  roles!: string[];

  @ApiPropertyOptional({ enum: ITU_REGIONS, isArray: true, example: ['AFR', 'EUR'] })
  @IsOptional()
  @IsArray()
  @IsIn(ITU_REGIONS, { each: true, message: `each of regions must be one of ${ITU_REGIONS.join(', ')}` })
  regions?: string[];

  @ApiPropertyOptional({ isArray: true, example: ['MLT'], description: 'Countries an officer may write to outside its regions' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(250)
  @IsString({ each: true })
  countries?: string[];

  @ApiPropertyOptional({ description: 'Leave out for a user who only uses API tokens or single sign-on' })
  @IsOptional()
  @IsString()
  @MinLength(MIN_PASSWORD_LENGTH)
  @MaxLength(200)
  password?: string;
}

export class IssueTokenRequestDto {
  @ApiPropertyOptional({ example: 'nightly import script' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  label?: string;

  @ApiPropertyOptional({ description: 'Days until the token stops working; no expiry when left out' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(3650)
  expiresInDays?: number;
}
