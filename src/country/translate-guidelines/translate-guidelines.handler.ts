import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { CommandResult } from '../../shared/command/command-context';
import { CountryCommandExecutor } from '../country-command-executor';
import { TranslateGuidelinesCommand } from './translate-guidelines.command';
import { decideTranslateGuidelines } from './translate-guidelines.decide';

@CommandHandler(TranslateGuidelinesCommand)
export class TranslateGuidelinesHandler implements ICommandHandler<TranslateGuidelinesCommand, CommandResult> {
  constructor(private readonly executor: CountryCommandExecutor) {}

  execute(command: TranslateGuidelinesCommand): Promise<CommandResult> {
    return this.executor.execute(command.country, command.context, (state) => decideTranslateGuidelines(command, state));
  }
}
