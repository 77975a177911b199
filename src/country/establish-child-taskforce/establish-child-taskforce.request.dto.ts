import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsNotEmpty, IsOptional, IsString, MaxLength } from 'class-validator';
import { IsBusinessDate, NotedRequestDto } from '../../http/request-validators';

export class EstablishChildTaskforceRequestDto extends NotedRequestDto {
  @IsBusinessDate()
  date!: string;

  @ApiPropertyOptional({
    example: 'University of Malta',
    description: 'The organisation the taskforce was set up with',
    maxLength: 300,
  })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(300)
  partner?: string;
}
