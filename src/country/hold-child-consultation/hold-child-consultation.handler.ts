import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { CommandResult } from '../../shared/command/command-context';
import { CountryCommandExecutor } from '../country-command-executor';
import { HoldChildConsultationCommand } from './hold-child-consultation.command';
import { decideHoldChildConsultation } from './hold-child-consultation.decide';

@CommandHandler(HoldChildConsultationCommand)
export class HoldChildConsultationHandler implements ICommandHandler<HoldChildConsultationCommand, CommandResult> {
  constructor(private readonly executor: CountryCommandExecutor) {}

  execute(command: HoldChildConsultationCommand): Promise<CommandResult> {
    return this.executor.execute(command.country, command.context, (state) => decideHoldChildConsultation(command, state));
  }
}
