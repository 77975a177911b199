import { Body, Controller, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import { OfficerForCountry } from '../../auth/access.decorators';
import { CountryDirectory } from '../../countries/country-directory';
import { CommandContextFromRequest } from '../../http/command-context.decorator';
import { CommandContext, CommandResult } from '../../shared/command/command-context';
import { EstablishChildTaskforceCommand } from './establish-child-taskforce.command';
import { EstablishChildTaskforceRequestDto } from './establish-child-taskforce.request.dto';

@ApiTags('milestones')
@Controller('countries')
export class EstablishChildTaskforceController {
  constructor(
    private readonly commandBus: CommandBus,
    private readonly countries: CountryDirectory,
  ) {}

  @OfficerForCountry()
  @Post(':code/establish-child-taskforce')
  establishChildTaskforce(
    @Param('code') code: string,
    @Body() body: EstablishChildTaskforceRequestDto,
    @CommandContextFromRequest() context: CommandContext,
  ): Promise<CommandResult> {
    const country = this.countries.resolve(code).code;
    return this.commandBus.execute(new EstablishChildTaskforceCommand(country, body, context));
  }
}
