import { Body, Controller, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import { OfficerForCountry } from '../../auth/access.decorators';
import { CountryDirectory } from '../../countries/country-directory';
import { CommandContextFromRequest } from '../../http/command-context.decorator';
import { CommandContext, CommandResult } from '../../shared/command/command-context';
import { HoldChildConsultationCommand } from './hold-child-consultation.command';
import { HoldChildConsultationRequestDto } from './hold-child-consultation.request.dto';

@ApiTags('milestones')
@Controller('countries')
export class HoldChildConsultationController {
  constructor(
    private readonly commandBus: CommandBus,
    private readonly countries: CountryDirectory,
  ) {}

  @OfficerForCountry()
  @Post(':code/hold-child-consultation')
  holdChildConsultation(
    @Param('code') code: string,
    @Body() body: HoldChildConsultationRequestDto,
    @CommandContextFromRequest() context: CommandContext,
  ): Promise<CommandResult> {
    const country = this.countries.resolve(code).code;
    return this.commandBus.execute(new HoldChildConsultationCommand(country, body, context));
  }
}
