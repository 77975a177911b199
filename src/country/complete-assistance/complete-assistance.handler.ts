import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { CommandResult } from '../../shared/command/command-context';
import { CountryCommandExecutor } from '../country-command-executor';
import { decideCompleteAssistance } from './complete-assistance.decide';
import { CompleteAssistanceCommand } from './complete-assistance.command';

@CommandHandler(CompleteAssistanceCommand)
export class CompleteAssistanceHandler implements ICommandHandler<CompleteAssistanceCommand, CommandResult> {
  constructor(private readonly executor: CountryCommandExecutor) {}

  execute(command: CompleteAssistanceCommand): Promise<CommandResult> {
    return this.executor.execute(command.country, command.context, (state) => decideCompleteAssistance(command, state));
  }
}
