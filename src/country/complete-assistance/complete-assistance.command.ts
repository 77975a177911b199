import { Command } from '@nestjs/cqrs';
import { CommandContext, CommandResult } from '../../shared/command/command-context';
import { CompleteAssistanceRequestDto } from './complete-assistance.request.dto';

export class CompleteAssistanceCommand extends Command<CommandResult> {
  constructor(
    readonly country: string,
    readonly payload: CompleteAssistanceRequestDto,
    readonly context: CommandContext,
  ) {
    super();
  }
}
