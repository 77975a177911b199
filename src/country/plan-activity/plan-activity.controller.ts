import { Body, Controller, Param } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import { CountryDirectory } from '../../countries/country-directory';
import { AnswerWithRevision, RevisionAnswer } from '../../http/answer-with-revision.decorator';
import { CommandContextFromRequest } from '../../http/command-context.decorator';
import { CommandContext, CommandResult } from '../../shared/command/command-context';
import { CountryCommand } from '../country-command.decorator';
import { PlanActivityCommand } from './plan-activity.command';
import { PlanActivityRequestDto } from './plan-activity.request.dto';

@ApiTags('milestones')
@Controller('countries')
export class PlanActivityController {
  constructor(
    private readonly commandBus: CommandBus,
    private readonly countries: CountryDirectory,
  ) {}

  @CountryCommand('plan-activity')
  planActivity(
    @Param('code') code: string,
    @Body() body: PlanActivityRequestDto,
    @CommandContextFromRequest() context: CommandContext,
    @AnswerWithRevision() answer: RevisionAnswer,
  ): Promise<CommandResult> {
    const country = this.countries.resolve(code).code;
    return answer(this.commandBus.execute(new PlanActivityCommand(country, body, context)));
  }
}
