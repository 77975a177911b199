import { Body, Controller, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import { OfficerForCountry } from '../../auth/access.decorators';
import { CountryDirectory } from '../../countries/country-directory';
import { CommandContextFromRequest } from '../../http/command-context.decorator';
import { CommandContext, CommandResult } from '../../shared/command/command-context';
import { AdoptFrameworkCommand } from './adopt-framework.command';
import { AdoptFrameworkRequestDto } from './adopt-framework.request.dto';

@ApiTags('milestones')
@Controller('countries')
export class AdoptFrameworkController {
  constructor(
    private readonly commandBus: CommandBus,
    private readonly countries: CountryDirectory,
  ) {}

  @OfficerForCountry()
  @Post(':code/adopt-framework')
  adoptFramework(
    @Param('code') code: string,
    @Body() body: AdoptFrameworkRequestDto,
    @CommandContextFromRequest() context: CommandContext,
  ): Promise<CommandResult> {
    const country = this.countries.resolve(code).code;
    return this.commandBus.execute(new AdoptFrameworkCommand(country, body, context));
  }
}
