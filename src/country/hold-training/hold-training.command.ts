import { Command } from '@nestjs/cqrs';
import { CommandContext, CommandResult } from '../../shared/command/command-context';
import { HoldTrainingRequestDto } from './hold-training.request.dto';

export class HoldTrainingCommand extends Command<CommandResult> {
  constructor(
    readonly country: string,
    readonly payload: HoldTrainingRequestDto,
    readonly context: CommandContext,
  ) {
    super();
  }
}
