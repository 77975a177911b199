import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsInt, IsNotEmpty, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { IsBusinessDate, NotedRequestDto } from '../../http/request-validators';

export class HoldChildConsultationRequestDto extends NotedRequestDto {
  @IsBusinessDate()
  date!: string;

  @ApiPropertyOptional({
    example: 'University of Malta',
    description: 'The organisation that ran the consultation with the child taskforce',
    maxLength: 300,
  })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(300)
  partner?: string;

  @ApiPropertyOptional({ minimum: 1, maximum: 100000, description: 'How many children took part' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(100000)
  participants?: number;
}
