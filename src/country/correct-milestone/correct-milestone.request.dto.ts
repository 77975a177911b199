import { ApiProperty } from '@nestjs/swagger';
import { IsNotEmptyObject, IsObject } from 'class-validator';
import { MilestoneReferenceRequestDto } from '../milestone-reference.request.dto';

export class CorrectMilestoneRequestDto extends MilestoneReferenceRequestDto {
  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    example: { date: '2024-11-13', participants: 32 },
    description: "The milestone's fields that were wrong, with their right values; the other fields stay as they are",
  })
  @IsObject({ message: '$property must be an object of the fields to correct' })
  @IsNotEmptyObject({}, { message: '$property must name at least one field to correct' })
  changes!: Record<string, unknown>;
}
