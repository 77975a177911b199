import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { CommandResult } from '../../shared/command/command-context';
import { CountryCommandExecutor } from '../country-command-executor';
import { decideHoldTraining } from './hold-training.decide';
import { HoldTrainingCommand } from './hold-training.command';

@CommandHandler(HoldTrainingCommand)
export class HoldTrainingHandler implements ICommandHandler<HoldTrainingCommand, CommandResult> {
  constructor(private readonly executor: CountryCommandExecutor) {}

  execute(command: HoldTrainingCommand): Promise<CommandResult> {
    return this.executor.execute(command.country, command.context, (state) => decideHoldTraining(command, state));
  }
}
