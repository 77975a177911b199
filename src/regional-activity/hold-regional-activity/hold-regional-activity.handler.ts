import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { CommandResult } from '../../shared/command/command-context';
import { RegionalActivityCommandExecutor } from '../regional-activity-command-executor';
import { HoldRegionalActivityCommand } from './hold-regional-activity.command';
import { decideHoldRegionalActivity } from './hold-regional-activity.decide';

@CommandHandler(HoldRegionalActivityCommand)
export class HoldRegionalActivityHandler implements ICommandHandler<HoldRegionalActivityCommand, CommandResult> {
  constructor(private readonly executor: RegionalActivityCommandExecutor) {}

  execute(command: HoldRegionalActivityCommand): Promise<CommandResult> {
    return this.executor.execute(command.activityId, command.context, (state) =>
      decideHoldRegionalActivity(command, state),
    );
  }
}
