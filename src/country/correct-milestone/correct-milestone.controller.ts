import { Body, Controller, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import { OfficerForCountry } from '../../auth/access.decorators';
import { CountryDirectory } from '../../countries/country-directory';
import { CommandContextFromRequest } from '../../http/command-context.decorator';
import { CommandContext, CommandResult } from '../../shared/command/command-context';
import { CorrectMilestoneCommand } from './correct-milestone.command';
import { CorrectMilestoneRequestDto } from './correct-milestone.request.dto';

@ApiTags('corrections')
@Controller('countries')
export class CorrectMilestoneController {
  constructor(
    private readonly commandBus: CommandBus,
    private readonly countries: CountryDirectory,
  ) {}

  @OfficerForCountry()
  @Post(':code/correct-milestone')
  correctMilestone(
    @Param('code') code: string,
    @Body() body: CorrectMilestoneRequestDto,
    @CommandContextFromRequest() context: CommandContext,
  ): Promise<CommandResult> {
    const country = this.countries.resolve(code).code;
    return this.commandBus.execute(new CorrectMilestoneCommand(country, body, context));
  }
}
