import { Command } from '@nestjs/cqrs';
import { CommandContext, CommandResult } from '../../shared/command/command-context';
import { CorrectMilestoneRequestDto } from './correct-milestone.request.dto';

export class CorrectMilestoneCommand extends Command<CommandResult> {
  constructor(
    readonly country: string,
    readonly payload: CorrectMilestoneRequestDto,
    readonly context: CommandContext,
  ) {
    super();
  }
}
