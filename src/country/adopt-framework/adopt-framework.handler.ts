import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { CommandResult } from '../../shared/command/command-context';
import { CountryCommandExecutor } from '../country-command-executor';
import { decideAdoptFramework } from './adopt-framework.decide';
import { AdoptFrameworkCommand } from './adopt-framework.command';

@CommandHandler(AdoptFrameworkCommand)
export class AdoptFrameworkHandler implements ICommandHandler<AdoptFrameworkCommand, CommandResult> {
  constructor(private readonly executor: CountryCommandExecutor) {}

  execute(command: AdoptFrameworkCommand): Promise<CommandResult> {
    return this.executor.execute(command.country, command.context, (state) => decideAdoptFramework(command, state));
  }
}
