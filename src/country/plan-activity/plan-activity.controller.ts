import { Body, Controller, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import { OfficerForCountry } from '../../auth/access.decorators';
import { CountryDirectory } from '../../countries/country-directory';
import { CommandContextFromRequest } from '../../http/command-context.decorator';
import { CommandContext, CommandResult } from '../../shared/command/command-context';
import { PlanActivityCommand } from './plan-activity.command';
import { PlanActivityRequestDto } from './plan-activity.request.dto';

@ApiTags('milestones')
@Controller('countries')
export class PlanActivityController {
  constructor(
    private readonly commandBus: CommandBus,
    private readonly countries: CountryDirectory,
  ) {}

  @OfficerForCountry()
  @Post(':code/plan-activity')
  planActivity(
    @Param('code') code: string,
    @Body() body: PlanActivityRequestDto,
    @CommandContextFromRequest() context: CommandContext,
  ): Promise<CommandResult> {
    const country = this.countries.resolve(code).code;
    return this.commandBus.execute(new PlanActivityCommand(country, body, context));
  }
}
