import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { CommandResult } from '../../shared/command/command-context';
import { CountryCommandExecutor } from '../country-command-executor';
import { EstablishChildTaskforceCommand } from './establish-child-taskforce.command';
import { decideEstablishChildTaskforce } from './establish-child-taskforce.decide';

@CommandHandler(EstablishChildTaskforceCommand)
export class EstablishChildTaskforceHandler implements ICommandHandler<EstablishChildTaskforceCommand, CommandResult> {
  constructor(private readonly executor: CountryCommandExecutor) {}

  execute(command: EstablishChildTaskforceCommand): Promise<CommandResult> {
    return this.executor.execute(command.country, command.context, (state) =>
      decideEstablishChildTaskforce(command, state),
    );
  }
}
