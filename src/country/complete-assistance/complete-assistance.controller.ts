import { Body, Controller, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import { OfficerForCountry } from '../../auth/access.decorators';
import { CountryDirectory } from '../../countries/country-directory';
import { CommandContextFromRequest } from '../../http/command-context.decorator';
import { CommandContext, CommandResult } from '../../shared/command/command-context';
import { CompleteAssistanceCommand } from './complete-assistance.command';
import { CompleteAssistanceRequestDto } from './complete-assistance.request.dto';

@ApiTags('milestones')
@Controller('countries')
export class CompleteAssistanceController {
  constructor(
    private readonly commandBus: CommandBus,
    private readonly countries: CountryDirectory,
  ) {}

  @OfficerForCountry()
  @Post(':code/complete-assistance')
  completeAssistance(
    @Param('code') code: string,
    @Body() body: CompleteAssistanceRequestDto,
    @CommandContextFromRequest() context: CommandContext,
  ): Promise<CommandResult> {
    const country = this.countries.resolve(code).code;
    return this.commandBus.execute(new CompleteAssistanceCommand(country, body, context));
  }
}
