import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { CommandResult } from '../../shared/command/command-context';
import { CountryCommandExecutor } from '../country-command-executor';
import { decideInitiateAssistance } from './initiate-assistance.decide';
import { InitiateAssistanceCommand } from './initiate-assistance.command';

@CommandHandler(InitiateAssistanceCommand)
export class InitiateAssistanceHandler implements ICommandHandler<InitiateAssistanceCommand, CommandResult> {
  constructor(private readonly executor: CountryCommandExecutor) {}

  execute(command: InitiateAssistanceCommand): Promise<CommandResult> {
    return this.executor.execute(command.country, command.context, (state) => decideInitiateAssistance(command, state));
  }
}
