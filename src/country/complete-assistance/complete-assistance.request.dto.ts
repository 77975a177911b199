import { ApiProperty } from '@nestjs/swagger';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { IsBusinessDate, NotedRequestDto } from '../../http/request-validators';

export class CompleteAssistanceRequestDto extends NotedRequestDto {
  @IsBusinessDate()
  date!: string;

  @ApiProperty({
    example: 'National COP framework adopted and 120 educators trained',
    description: 'What the technical assistance achieved',
    maxLength: 1000,
  })
  @IsString()
  @IsNotEmpty()
  @MaxLength(1000)
  outcome!: string;
}
