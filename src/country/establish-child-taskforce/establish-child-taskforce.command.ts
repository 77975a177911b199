import { Command } from '@nestjs/cqrs';
import { CommandContext, CommandResult } from '../../shared/command/command-context';
import { EstablishChildTaskforceRequestDto } from './establish-child-taskforce.request.dto';

export class EstablishChildTaskforceCommand extends Command<CommandResult> {
  constructor(
    readonly country: string,
    readonly payload: EstablishChildTaskforceRequestDto,
    readonly context: CommandContext,
  ) {
    super();
  }
}
