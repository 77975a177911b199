import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsNotEmpty, IsOptional, IsString, MaxLength } from 'class-validator';
import { IsBusinessDate, NotedRequestDto } from '../../http/request-validators';

export class DraftFrameworkRequestDto extends NotedRequestDto {
  @IsBusinessDate()
  date!: string;

  @ApiPropertyOptional({ example: 'Draft National Child Online Protection Framework', maxLength: 300 })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(300)
  title?: string;
}
