import { Command } from '@nestjs/cqrs';
import { CommandContext, CommandResult } from '../../shared/command/command-context';
import { InitiateAssistanceRequestDto } from './initiate-assistance.request.dto';

export class InitiateAssistanceCommand extends Command<CommandResult> {
  constructor(
    readonly country: string,
    readonly payload: InitiateAssistanceRequestDto,
    readonly context: CommandContext,
  ) {
    super();
  }
}
