import { Command } from '@nestjs/cqrs';
import { CommandContext, CommandResult } from '../../shared/command/command-context';
import { HoldRegionalActivityRequestDto } from './hold-regional-activity.request.dto';

/** `payload.countries` and `payload.host` are already normalised to alpha-3 codes of known countries. */
export class HoldRegionalActivityCommand extends Command<CommandResult> {
  constructor(
    readonly activityId: string,
    readonly payload: HoldRegionalActivityRequestDto,
    readonly context: CommandContext,
  ) {
    super();
  }
}
