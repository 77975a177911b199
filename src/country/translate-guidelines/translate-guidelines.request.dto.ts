import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsNotEmpty, IsOptional, IsString, MaxLength } from 'class-validator';
import { IsBusinessDate, NotedRequestDto } from '../../http/request-validators';

const trimmed = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

export class TranslateGuidelinesRequestDto extends NotedRequestDto {
  @IsBusinessDate()
  date!: string;

  @ApiProperty({ example: 'Maltese', description: 'The language of the translation, as a name or a code', maxLength: 100 })
  @Transform(trimmed)
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  language!: string;

  @ApiPropertyOptional({ example: 'Guidelines for Parents and Educators', maxLength: 300 })
  @IsOptional()
  @Transform(trimmed)
  @IsString()
  @IsNotEmpty()
  @MaxLength(300)
  guidelines?: string;

  @ApiPropertyOptional({ description: 'Whether the translation was officially presented' })
  @IsOptional()
  @IsBoolean()
  presented?: boolean;
}
