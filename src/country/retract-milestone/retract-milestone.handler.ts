import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { CommandResult } from '../../shared/command/command-context';
import { CountryCommandExecutor } from '../country-command-executor';
import { RetractMilestoneCommand } from './retract-milestone.command';
import { decideRetractMilestone } from './retract-milestone.decide';

@CommandHandler(RetractMilestoneCommand)
export class RetractMilestoneHandler implements ICommandHandler<RetractMilestoneCommand, CommandResult> {
  constructor(private readonly executor: CountryCommandExecutor) {}

  execute(command: RetractMilestoneCommand): Promise<CommandResult> {
    const { country, context, payload } = command;
    return this.executor.execute(
      country,
      context,
      (state, traced) => decideRetractMilestone(command, state, traced),
      payload.eventId,
    );
  }
}
