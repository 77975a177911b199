import { Body, Controller, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import { OfficerForCountry } from '../../auth/access.decorators';
import { CountryDirectory } from '../../countries/country-directory';
import { CommandContextFromRequest } from '../../http/command-context.decorator';
import { CommandContext, CommandResult } from '../../shared/command/command-context';
import { DraftFrameworkCommand } from './draft-framework.command';
import { DraftFrameworkRequestDto } from './draft-framework.request.dto';

@ApiTags('milestones')
@Controller('countries')
export class DraftFrameworkController {
  constructor(
    private readonly commandBus: CommandBus,
    private readonly countries: CountryDirectory,
  ) {}

  @OfficerForCountry()
  @Post(':code/draft-framework')
  draftFramework(
    @Param('code') code: string,
    @Body() body: DraftFrameworkRequestDto,
    @CommandContextFromRequest() context: CommandContext,
  ): Promise<CommandResult> {
    const country = this.countries.resolve(code).code;
    return this.commandBus.execute(new DraftFrameworkCommand(country, body, context));
  }
}
