import { Command } from '@nestjs/cqrs';
import { CommandContext, CommandResult } from '../../shared/command/command-context';
import { PlanActivityRequestDto } from './plan-activity.request.dto';

export class PlanActivityCommand extends Command<CommandResult> {
  constructor(
    readonly country: string,
    readonly payload: PlanActivityRequestDto,
    readonly context: CommandContext,
  ) {
    super();
  }
}
