import { Command } from '@nestjs/cqrs';
import { CommandContext, CommandResult } from '../../shared/command/command-context';
import { RetractMilestoneRequestDto } from './retract-milestone.request.dto';

export class RetractMilestoneCommand extends Command<CommandResult> {
  constructor(
    readonly country: string,
    readonly payload: RetractMilestoneRequestDto,
    readonly context: CommandContext,
  ) {
    super();
  }
}
