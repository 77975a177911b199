import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { CommandResult } from '../../shared/command/command-context';
import { CountryCommandExecutor } from '../country-command-executor';
import { decidePlanActivity } from './plan-activity.decide';
import { PlanActivityCommand } from './plan-activity.command';

@CommandHandler(PlanActivityCommand)
export class PlanActivityHandler implements ICommandHandler<PlanActivityCommand, CommandResult> {
  constructor(private readonly executor: CountryCommandExecutor) {}

  execute(command: PlanActivityCommand): Promise<CommandResult> {
    return this.executor.execute(command.country, command.context, (state) => decidePlanActivity(command, state));
  }
}
