import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { CommandResult } from '../../shared/command/command-context';
import { CountryCommandExecutor } from '../country-command-executor';
import { decideHoldEvent } from './hold-event.decide';
import { HoldEventCommand } from './hold-event.command';

@CommandHandler(HoldEventCommand)
export class HoldEventHandler implements ICommandHandler<HoldEventCommand, CommandResult> {
  constructor(private readonly executor: CountryCommandExecutor) {}

  execute(command: HoldEventCommand): Promise<CommandResult> {
    return this.executor.execute(command.country, command.context, (state) => decideHoldEvent(command, state));
  }
}
