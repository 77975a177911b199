import { Command } from '@nestjs/cqrs';
import { CommandContext, CommandResult } from '../../shared/command/command-context';
import { HoldEventRequestDto } from './hold-event.request.dto';

export class HoldEventCommand extends Command<CommandResult> {
  constructor(
    readonly country: string,
    readonly payload: HoldEventRequestDto,
    readonly context: CommandContext,
  ) {
    super();
  }
}
