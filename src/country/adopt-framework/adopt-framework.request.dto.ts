import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsNotEmpty, IsOptional, IsString, MaxLength } from 'class-validator';
import { IsBusinessDate, NotedRequestDto } from '../../http/request-validators';

export class AdoptFrameworkRequestDto extends NotedRequestDto {
  @IsBusinessDate()
  date!: string;

  @ApiPropertyOptional({
    example: 'Cabinet decision No. 12/2024',
    description: 'The legal or policy instrument that adopted the framework',
    maxLength: 300,
  })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(300)
  instrument?: string;
}
