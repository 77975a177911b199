import { Body, Controller, Param } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import { CountryDirectory } from '../../countries/country-directory';
import { AnswerWithRevision, RevisionAnswer } from '../../http/answer-with-revision.decorator';
import { CommandContextFromRequest } from '../../http/command-context.decorator';
import { CommandContext, CommandResult } from '../../shared/command/command-context';
import { CountryCommand } from '../country-command.decorator';
import { CorrectMilestoneCommand } from './correct-milestone.command';
import { CorrectMilestoneRequestDto } from './correct-milestone.request.dto';

@ApiTags('corrections')
@Controller('countries')
export class CorrectMilestoneController {
  constructor(
    private readonly commandBus: CommandBus,
    private readonly countries: CountryDirectory,
  ) {}

  @CountryCommand('correct-milestone')
  correctMilestone(
    @Param('code') code: string,
    @Body() body: CorrectMilestoneRequestDto,
    @CommandContextFromRequest() context: CommandContext,
    @AnswerWithRevision() answer: RevisionAnswer,
  ): Promise<CommandResult> {
    const country = this.countries.resolve(code).code;
    return answer(this.commandBus.execute(new CorrectMilestoneCommand(country, body, context)));
  }
}
