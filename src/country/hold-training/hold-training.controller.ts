import { Body, Controller, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import { OfficerForCountry } from '../../auth/access.decorators';
import { CountryDirectory } from '../../countries/country-directory';
import { CommandContextFromRequest } from '../../http/command-context.decorator';
import { CommandContext, CommandResult } from '../../shared/command/command-context';
import { HoldTrainingCommand } from './hold-training.command';
import { HoldTrainingRequestDto } from './hold-training.request.dto';

@ApiTags('milestones')
@Controller('countries')
export class HoldTrainingController {
  constructor(
    private readonly commandBus: CommandBus,
    private readonly countries: CountryDirectory,
  ) {}

  @OfficerForCountry()
  @Post(':code/hold-training')
  holdTraining(
    @Param('code') code: string,
    @Body() body: HoldTrainingRequestDto,
    @CommandContextFromRequest() context: CommandContext,
  ): Promise<CommandResult> {
    const country = this.countries.resolve(code).code;
    return this.commandBus.execute(new HoldTrainingCommand(country, body, context));
  }
}
