import { Command } from '@nestjs/cqrs';
import { CommandContext, CommandResult } from '../../shared/command/command-context';
import { DraftFrameworkRequestDto } from './draft-framework.request.dto';

export class DraftFrameworkCommand extends Command<CommandResult> {
  constructor(
    readonly country: string,
    readonly payload: DraftFrameworkRequestDto,
    readonly context: CommandContext,
  ) {
    super();
  }
}
