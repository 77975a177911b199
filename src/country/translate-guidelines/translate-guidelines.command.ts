import { Command } from '@nestjs/cqrs';
import { CommandContext, CommandResult } from '../../shared/command/command-context';
import { TranslateGuidelinesRequestDto } from './translate-guidelines.request.dto';

export class TranslateGuidelinesCommand extends Command<CommandResult> {
  constructor(
    readonly country: string,
    readonly payload: TranslateGuidelinesRequestDto,
    readonly context: CommandContext,
  ) {
    super();
  }
}
