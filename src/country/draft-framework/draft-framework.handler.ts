import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { CommandResult } from '../../shared/command/command-context';
import { CountryCommandExecutor } from '../country-command-executor';
import { decideDraftFramework } from './draft-framework.decide';
import { DraftFrameworkCommand } from './draft-framework.command';

@CommandHandler(DraftFrameworkCommand)
export class DraftFrameworkHandler implements ICommandHandler<DraftFrameworkCommand, CommandResult> {
  constructor(private readonly executor: CountryCommandExecutor) {}

  execute(command: DraftFrameworkCommand): Promise<CommandResult> {
    return this.executor.execute(command.country, command.context, (state) => decideDraftFramework(command, state));
  }
}
