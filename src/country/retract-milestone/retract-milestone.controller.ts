import { Body, Controller, Param } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import { CountryDirectory } from '../../countries/country-directory';
import { AnswerWithRevision, RevisionAnswer } from '../../http/answer-with-revision.decorator';
import { CommandContextFromRequest } from '../../http/command-context.decorator';
import { CommandContext, CommandResult } from '../../shared/command/command-context';
import { CountryCommand } from '../country-command.decorator';
import { RetractMilestoneCommand } from './retract-milestone.command';
import { RetractMilestoneRequestDto } from './retract-milestone.request.dto';

@ApiTags('corrections')
@Controller('countries')
export class RetractMilestoneController {
  constructor(
    private readonly commandBus: CommandBus,
    private readonly countries: CountryDirectory,
  ) {}

  @CountryCommand('retract-milestone')
  retractMilestone(
    @Param('code') code: string,
    @Body() body: RetractMilestoneRequestDto,
    @CommandContextFromRequest() context: CommandContext,
    @AnswerWithRevision() answer: RevisionAnswer,
  ): Promise<CommandResult> {
    const country = this.countries.resolve(code).code;
    return answer(this.commandBus.execute(new RetractMilestoneCommand(country, body, context)));
  }
}
