import { Body, Controller, Param } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import { CountryDirectory } from '../../countries/country-directory';
import { AnswerWithRevision, RevisionAnswer } from '../../http/answer-with-revision.decorator';
import { CommandContextFromRequest } from '../../http/command-context.decorator';
import { CommandContext, CommandResult } from '../../shared/command/command-context';
import { CountryCommand } from '../country-command.decorator';
import { HoldTrainingCommand } from './hold-training.command';
import { HoldTrainingRequestDto } from './hold-training.request.dto';

@ApiTags('milestones')
@Controller('countries')
export class HoldTrainingController {
  constructor(
    private readonly commandBus: CommandBus,
    private readonly countries: CountryDirectory,
  ) {}

  @CountryCommand('hold-training')
  holdTraining(
    @Param('code') code: string,
    @Body() body: HoldTrainingRequestDto,
    @CommandContextFromRequest() context: CommandContext,
    @AnswerWithRevision() answer: RevisionAnswer,
  ): Promise<CommandResult> {
    const country = this.countries.resolve(code).code;
    return answer(this.commandBus.execute(new HoldTrainingCommand(country, body, context)));
  }
}
