import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsNotEmpty, IsOptional, IsString, MaxLength } from 'class-validator';
import { IsBusinessDate, NotedRequestDto } from '../../http/request-validators';

export class InitiateAssistanceRequestDto extends NotedRequestDto {
  @IsBusinessDate()
  date!: string;

  @ApiPropertyOptional({
    example: 'Technical assistance on a national Child Online Protection framework',
    maxLength: 500,
  })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(500)
  summary?: string;
}
